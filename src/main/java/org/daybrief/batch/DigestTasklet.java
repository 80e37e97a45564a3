package org.daybrief.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.config.JobSettings;
import org.daybrief.config.PublicUrl;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestAssembler;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.digest.EarlierDocument;
import org.daybrief.render.Format;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Builds the day's digest from the stored summaries and texts (with the documents of the job's digests of the
 * previous {@value DigestAssembler#HISTORY_DAYS} days, so a story already reported is marked as an update) and
 * writes each format atomically.
 */
class DigestTasklet implements Tasklet {

    private final JobSettings job;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean onlyDatesWithDocuments;
    private final StateStore store;
    private final Supplier<DigestAssembler> assemblerFactory;
    private DigestAssembler assembler;
    private final DigestFiles files;
    private final StageTimes times;
    private volatile List<Path> written = List.of();

    /**
     * @param onlyDatesWithDocuments true for a backfill: days without documents get no digest; false for a run of
     *                               one date, whose digest is written even when nothing is new
     * @param assembler              makes the digests' assembler, once, when the first day is built
     */
    DigestTasklet(JobSettings job, LocalDate from, LocalDate to, boolean onlyDatesWithDocuments, StateStore store,
            Supplier<DigestAssembler> assembler, DigestFiles files, StageTimes times) {
        this.job = job;
        this.from = from;
        this.to = to;
        this.onlyDatesWithDocuments = onlyDatesWithDocuments;
        this.store = store;
        this.assemblerFactory = assembler;
        this.files = files;
        this.times = times;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<LocalDate> dates = onlyDatesWithDocuments ? store.runDates(job.name(), from, to) : List.of(from);
        List<Path> paths = new ArrayList<>();
        int stories = 0;
        int notShown = 0;
        // Days are independent once their documents are stored: several are built at once when the heap has room
        // (much of one day's building runs on one thread) and read at once too (one after the other, the first two
        // took the step's first 1.7 s in the bench backfill, the builders mostly waiting); the next day's documents
        // are read from the store while the days before it are built. Digests are written here, in date order.
        int inFlight = Math.min(daysAtOnce(), Math.max(1, dates.size()));
        ExecutorService reader = daemonThreads("daybrief-digest-reader", inFlight);
        ExecutorService builders = builders();
        List<Future<DayInput>> reads = new ArrayList<>();
        List<Future<Digest>> builds = new ArrayList<>();
        try {
            for (int d = 0; d < Math.min(inFlight, dates.size()); d++) {
                build(d, dates, reads, builds, reader, builders);
            }
            for (int d = 0; d < dates.size(); d++) {
                Digest digest = times.time(StageTimes.RENDER, builds.get(d)::get); // the wait: the step's wall time
                builds.set(d, null);
                reads.set(d, null);
                if (d + inFlight < dates.size()) {
                    build(d + inFlight, dates, reads, builds, reader, builders);
                }
                stories += write(digest, paths);
                notShown += digest.notShown().stories();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            // Not shutdownNow: an interrupt may close H2's file under a read in flight.
            reader.shutdown();
            builders.shutdown();
        }
        if (!dates.isEmpty()) {
            // The job's index page and Atom feed list every digest so far, these included; feed links are absolute on
            // DAYBRIEF_PUBLIC_URL when it is set (serve publishes the job's folder at <url>/<job>/).
            paths.addAll(times.time(StageTimes.WRITE, () -> files.writeArchive(job.name(), job.feedTitle(),
                    PublicUrl.jobBase(job.name()))));
        }
        written = List.copyOf(paths);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("stories", stories);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt(STORIES_NOT_SHOWN, notShown);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("digests", dates.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * How many days' digests are built at once: one per core, while the heap has {@value #HEAP_PER_DAY_MB} MB for
     * each (a day of 3,300 news articles takes about 250 MB at its peak); the system property
     * {@code daybrief.digest-days} overrides it.
     */
    static int daysAtOnce() {
        int byHeap = (int) Math.max(1, Runtime.getRuntime().maxMemory() / (HEAP_PER_DAY_MB << 20));
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Integer.getInteger("daybrief.digest-days", Math.min(cores, byHeap)));
    }

    private static final long HEAP_PER_DAY_MB = 1024;

    /** Step context key: the stories the step's digests left out, past the job's max-stories (for the run report). */
    static final String STORIES_NOT_SHOWN = "storiesNotShown";

    /** Starts building day {@code d}, its documents read first, and the next day's read after them. */
    private void build(int d, List<LocalDate> dates, List<Future<DayInput>> reads, List<Future<Digest>> builds,
            ExecutorService reader, ExecutorService builders) {
        while (reads.size() <= Math.min(d + 1, dates.size() - 1)) {
            int k = reads.size();
            // Documents that could not be read have no date: the run's first digest lists them.
            reads.add(reader.submit(() -> read(dates.get(k), k == 0)));
        }
        Future<DayInput> input = reads.get(d);
        builds.add(builders.submit(() -> assemble(input.get())));
    }

    /**
     * The day builders: a fork-join pool with a worker per core, so that a day's own parallel work (its documents
     * analysed, its stories drafted) is forked into the same pool and joined by work-stealing. From plain threads
     * it went to the common pool, whose joins spin: a tenth of the step's CPU time in JFR.
     */
    private static ForkJoinPool builders() {
        // Numbered as made: a worker's pool index is not set until it runs, so every one was named "-0".
        AtomicInteger made = new AtomicInteger();
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("daybrief-digest-" + made.getAndIncrement());
            return t;
        }, null, false);
    }

    private static ExecutorService daemonThreads(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** What one day's digest is built from, as stored. */
    private record DayInput(LocalDate date, List<DocumentSummary> documents, List<EarlierDocument> earlier,
                            List<SkippedDocument> skipped) {
    }

    private DayInput read(LocalDate date, boolean withSkipped) {
        List<SkippedDocument> skipped = new ArrayList<>(store.skipped(job.name(), date));
        if (withSkipped && !date.equals(from)) {
            skipped.addAll(store.skipped(job.name(), from));
        }
        return new DayInput(date, store.documentsWithText(job.name(), date),
                store.earlierDocuments(job.name(), date, DigestAssembler.HISTORY_DAYS), skipped);
    }

    /** Writes one day's digest (a remote worker's digest step writes its day with it) and returns it. */
    Digest writeDigest(LocalDate date, boolean withSkipped, List<Path> paths) throws Exception {
        DayInput day = times.time(StageTimes.RENDER, () -> read(date, withSkipped));
        Digest digest = times.time(StageTimes.RENDER, () -> assemble(day));
        write(digest, paths);
        return digest;
    }

    private Digest assemble(DayInput day) {
        return assembler().assemble(job.name(), day.date(), job.titleFor(day.date()),
                files.digestDirectory(job.name(), day.date()), day.documents(), day.earlier(), day.skipped(),
                job.maxStories());
    }

    /**
     * The assembler, made when the first day is built: its language tools may still be loading in the background
     * (DigestRunner starts them with the run) while the documents are summarised and the first day is read.
     */
    private synchronized DigestAssembler assembler() {
        if (assembler == null) {
            assembler = assemblerFactory.get();
        }
        return assembler;
    }

    private int write(Digest digest, List<Path> paths) throws Exception {
        List<Format> formats = job.output().formats().stream().map(Format::fromExtension).toList();
        paths.addAll(times.time(StageTimes.WRITE, () -> files.write(digest, formats)));
        return digest.stories().size();
    }

    List<Path> written() {
        return written;
    }
}
