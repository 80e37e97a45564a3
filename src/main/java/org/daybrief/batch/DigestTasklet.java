package org.daybrief.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final DigestAssembler assembler;
    private final DigestFiles files;
    private final StageTimes times;
    private volatile List<Path> written = List.of();

    /**
     * @param onlyDatesWithDocuments true for a backfill: days without documents get no digest; false for a run of
     *                               one date, whose digest is written even when nothing is new
     */
    DigestTasklet(JobSettings job, LocalDate from, LocalDate to, boolean onlyDatesWithDocuments, StateStore store,
            DigestAssembler assembler, DigestFiles files, StageTimes times) {
        this.job = job;
        this.from = from;
        this.to = to;
        this.onlyDatesWithDocuments = onlyDatesWithDocuments;
        this.store = store;
        this.assembler = assembler;
        this.files = files;
        this.times = times;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<LocalDate> dates = onlyDatesWithDocuments ? store.runDates(job.name(), from, to) : List.of(from);
        List<Path> paths = new ArrayList<>();
        int stories = 0;
        // The next day's documents are read from the store while this day's digest is built (the reads are a
        // tenth of a day's work, and much of the building runs on one thread).
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "daybrief-digest-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<DayInput> next = dates.isEmpty() ? null : reader.submit(() -> read(dates.get(0), true));
            for (int d = 0; d < dates.size(); d++) {
                Future<DayInput> reading = next;
                DayInput day = times.time(StageTimes.RENDER, reading::get); // the wait only: the step's wall time
                LocalDate following = d + 1 < dates.size() ? dates.get(d + 1) : null;
                next = following == null ? null : reader.submit(() -> read(following, false));
                // Documents that could not be read have no date: the run's first digest lists them.
                stories += writeDigest(day, paths);
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            reader.shutdown(); // not shutdownNow: an interrupt may close H2's file under a read in flight
        }
        if (!dates.isEmpty()) {
            // The job's index page and Atom feed list every digest so far, these included; feed links are absolute on
            // DAYBRIEF_PUBLIC_URL when it is set (serve publishes the job's folder at <url>/<job>/).
            paths.addAll(times.time(StageTimes.WRITE, () -> files.writeArchive(job.name(), job.feedTitle(),
                    PublicUrl.jobBase(job.name()))));
        }
        written = List.copyOf(paths);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("stories", stories);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("digests", dates.size());
        return RepeatStatus.FINISHED;
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

    /** Writes one day's digest (a remote worker's digest step writes its day with it); returns its story count. */
    int writeDigest(LocalDate date, boolean withSkipped, List<Path> paths) throws Exception {
        return writeDigest(times.time(StageTimes.RENDER, () -> read(date, withSkipped)), paths);
    }

    private int writeDigest(DayInput day, List<Path> paths) throws Exception {
        Digest digest = times.time(StageTimes.RENDER, () -> assembler.assemble(job.name(), day.date(),
                job.titleFor(day.date()), files.digestDirectory(job.name(), day.date()), day.documents(),
                day.earlier(), day.skipped(), job.maxStories()));
        List<Format> formats = job.output().formats().stream().map(Format::fromExtension).toList();
        paths.addAll(times.time(StageTimes.WRITE, () -> files.write(digest, formats)));
        return digest.stories().size();
    }

    List<Path> written() {
        return written;
    }
}
