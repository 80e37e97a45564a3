package org.daybrief.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.digest.DigestAssembler;
import org.daybrief.digest.TextTools;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.RelativeLinks;
import org.daybrief.source.Sources;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs one job for one date as a Spring Batch job of two steps: {@code summarize} (chunk-oriented, fault
 * tolerant: an unreadable document is skipped and recorded) and {@code digest} (build, render, write). A job
 * instance is identified by job name and run date, so a failed run restarts where it stopped and a completed
 * date is not run twice unless asked to rebuild.
 */
@Component
public class DigestRunner {

    static final String BATCH_JOB = "digest";
    static final String BACKFILL_JOB = "backfill";

    private final JobRepository repository;
    private final JobOperator operator;
    private final PlatformTransactionManager transactions;
    private final StateStore store;
    private final NlpModels nlp;
    private final MailDeliveries mail;
    private final RunLocks locks;
    private final RunSources sources;
    private final RunMetrics metrics;
    private final DigestRenderer renderer = new DigestRenderer();
    private final Path workDir = Path.of("").toAbsolutePath();
    private final SummarizeSteps summarizeSteps;
    private final Optional<RemoteSteps> remote;

    public DigestRunner(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions,
            StateStore store, NlpModels nlp, MailDeliveries mail, RunLocks locks, RunSources sources,
            RunMetrics metrics, SummarizeSteps summarizeSteps, Optional<RemoteSteps> remote) {
        this.metrics = metrics;
        this.repository = repository;
        this.operator = operator;
        this.transactions = transactions;
        this.store = store;
        this.nlp = nlp;
        this.mail = mail;
        this.locks = locks;
        this.sources = sources;
        this.summarizeSteps = summarizeSteps;
        this.remote = remote;
    }

    private CompletableFuture<TextTools> textTools; // guarded by this

    /**
     * The digest's language tools, loaded once and shared ({@link Preload}): their POS model is read in a thread of
     * its own from the start of the run (run and backfill start it before the shell), so that the summarize step
     * goes on meanwhile, and the digest step waits for it only if it is not read by then.
     */
    private synchronized CompletableFuture<TextTools> textTools() {
        if (textTools == null || textTools.isCompletedExceptionally()) {
            textTools = Preload.textTools(nlp); // a load that failed is tried again
        }
        return textTools;
    }

    /** {@link #textTools()}, waited for; its failure as it was thrown. */
    private TextTools loadedTextTools() {
        try {
            return textTools().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** One digest for one run date, with the job's window. */
    public RunReport run(JobSettings settings, LocalDate date, boolean rebuild) throws Exception {
        return execute(settings, date, date, false, rebuild);
    }

    /** One digest per day in [from, to] whose documents carry that date; days without documents get none. */
    public RunReport backfill(JobSettings settings, LocalDate from, LocalDate to, boolean rebuild) throws Exception {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return execute(settings, from, to, true, rebuild);
    }

    private RunReport execute(JobSettings settings, LocalDate from, LocalDate to, boolean backfill, boolean rebuild)
            throws Exception {
        String key = lockKey(backfill ? BACKFILL_JOB : BATCH_JOB, settings.name(), from, to);
        String what = settings.name() + (backfill ? " from " + from + " to " + to : " for " + from);
        // One run of a (job, date) at a time, across processes and hosts: a second one waits here, saying so once.
        try (RunLocks.Held lock = locks.take(key, what, line -> System.err.println("daybrief: " + line))) {
            RunReport report = executeHoldingLock(settings, from, to, backfill, rebuild);
            metrics.record(report);
            return report;
        }
    }

    private RunReport executeHoldingLock(JobSettings settings, LocalDate from, LocalDate to, boolean backfill,
            boolean rebuild) throws Exception {
        long started = System.nanoTime();
        DigestFiles files = new DigestFiles(settings.output().dir(), renderer);
        String batchJob = backfill ? BACKFILL_JOB : BATCH_JOB;
        JobParametersBuilder builder = new JobParametersBuilder().addString("job", settings.name());
        JobParameters params = backfill
                ? builder.addLocalDate("from", from).addLocalDate("to", to).toJobParameters()
                : builder.addLocalDate("date", from).toJobParameters();
        JobExecution last = repository.getLastJobExecution(batchJob, params);
        boolean edition = false;
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (rebuild) {
                store.forget(settings.name(), from, to);
                params = new JobParametersBuilder(params).addLong("rebuild", repository.getJobInstanceCount(batchJob))
                        .toJobParameters();
            } else if (backfill || from.isBefore(LocalDate.now(settings.schedule().zone()))) {
                // An archive, or a day that is over: what is complete stays as it is (a past date's edition would
                // take today's new documents away from today's digest).
                return RunReport.alreadyComplete(settings.name(), from, to,
                        Duration.ofNanos(System.nanoTime() - started), existing(files, settings.name(), from, to));
            } else {
                // A later run of today's completed digest (a cron that fires several times a day) is an edition: a
                // job instance of its own that files only the documents new since, then rebuilds the date's digest
                // from everything filed for it. The first edition not completed is resumed, or a new one begun.
                edition = true;
                params = edition(params, firstUnfinishedEdition(batchJob, params));
                last = repository.getLastJobExecution(batchJob, params);
            }
        }
        if (last != null && (last.isRunning()
                || last.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning()))) {
            // Also a remote run that gave up waiting: its partitions left STARTED by a worker that died.
            abandonStale(last);
        }

        if (remote.isEmpty() || !backfill) {
            textTools(); // read while the documents are summarised (a remote backfill's digests are the workers')
        }
        StageTimes times = new StageTimes();
        Progress progress = Progress.forConsole(settings.name());
        try (DocumentParser parser = new DocumentParser(settings.limits(), settings.schedule().zone())) {
            Summarizer summarizer = Summarizer.create(nlp, settings.summary().method(), settings.language());
            Filing filing = new Filing(settings, from, to, store, edition);
            Step summarize = remote.isPresent()
                    ? remote.get().summarize(settings, workDir, from, to, edition)
                    : summarizeStep(settings, filing, from, parser, summarizer, times, progress,
                            // a rebuilt date reads its mailboxes whole again, as it reads its files
                            settings.window() == JobSettings.Window.NEW && !backfill && !rebuild);
            SimpleJobBuilder steps = new JobBuilder(batchJob, repository).start(summarize);
            Supplier<List<Path>> written;
            if (remote.isPresent() && backfill) {
                // Each day's digest on a worker, then the job's index page and feed here, over them all.
                List<Path> archive = new ArrayList<>();
                steps.next(remote.get().digest(settings, workDir, from, to))
                        .next(new StepBuilder("archive", repository).tasklet((contribution, chunk) -> {
                            if (!store.runDates(settings.name(), from, to).isEmpty()) {
                                archive.addAll(files.writeArchive(settings.name(), settings.feedTitle(), ""));
                            }
                            return RepeatStatus.FINISHED;
                        }, transactions).build());
                written = () -> Stream.concat(existing(files, settings.name(), from, to).stream(), archive.stream())
                        .toList();
            } else {
                DigestTasklet digest = new DigestTasklet(settings, from, to, backfill, store,
                        () -> new DigestAssembler(new RelativeLinks(workDir), loadedTextTools()), files, times);
                steps.next(new StepBuilder("digest", repository).tasklet(digest, transactions).build());
                written = digest::written;
            }
            if (settings.email().enabled() && !backfill) { // an archive's old digests are not mailed
                steps.next(mail.step(settings, from, repository, transactions)); // then mail it to subscribers
            }
            Job job = steps.build();
            JobExecution execution = operator.start(job, params);
            progress.finish();
            return report(settings, from, to, backfill, execution, times, written.get(), started);
        }
    }

    private Step summarizeStep(JobSettings settings, Filing filing, LocalDate firstDate, DocumentParser parser,
            Summarizer summarizer, StageTimes times, Progress progress, boolean takesNew) {
        Sources runSources = sources.forRun(settings, takesNew);
        RawDocumentReader reader = new RawDocumentReader(workDir, settings.sources(), settings.limits(), progress,
                runSources, path -> true);
        // Once every document is filed, sources that keep a place (mailboxes) move it on.
        return summarizeSteps.build(new StepBuilder("summarize", repository), settings, reader, filing, firstDate,
                parser, summarizer, times, runSources::committed);
    }

    /**
     * The number of the first edition of a date that has not completed. Editions are begun in order, each once the
     * one before it completed, so they are found by doubling, then halving: a cron every 10 seconds makes thousands
     * of editions a day, and one query per earlier edition would make every firing slower than the last.
     */
    private long firstUnfinishedEdition(String batchJob, JobParameters date) {
        long completed = 0;
        long step = 1;
        while (editionCompleted(batchJob, date, completed + step)) {
            completed += step;
            step *= 2;
        }
        long notCompleted = completed + step;
        while (notCompleted - completed > 1) {
            long middle = (completed + notCompleted) >>> 1;
            if (editionCompleted(batchJob, date, middle)) {
                completed = middle;
            } else {
                notCompleted = middle;
            }
        }
        return notCompleted;
    }

    private boolean editionCompleted(String batchJob, JobParameters date, long n) {
        JobExecution last = repository.getLastJobExecution(batchJob, edition(date, n));
        return last != null && last.getStatus() == BatchStatus.COMPLETED;
    }

    private static JobParameters edition(JobParameters date, long n) {
        return new JobParametersBuilder(date).addLong("edition", n).toJobParameters();
    }

    /** The run lock's key of a (job, date) run, or of a backfill's (job, from, to). */
    private static String lockKey(String batchJob, String job, LocalDate from, LocalDate to) {
        return batchJob.equals(BACKFILL_JOB) ? batchJob + "/" + job + "/" + from + "/" + to
                : batchJob + "/" + job + "/" + from;
    }

    /**
     * Asks every run in progress in this process to stop after its current chunk (on shutdown): it ends STOPPED
     * and the same command restarts it where it stopped. Runs of other processes on the same database are theirs
     * to stop: only those whose lock this process holds are asked.
     */
    public void stopRunning() {
        for (String name : List.of(BATCH_JOB, BACKFILL_JOB)) {
            for (JobExecution execution : repository.findRunningJobExecutions(name)) {
                JobParameters p = execution.getJobParameters();
                LocalDate from = p.getLocalDate(name.equals(BACKFILL_JOB) ? "from" : "date");
                LocalDate to = name.equals(BACKFILL_JOB) ? p.getLocalDate("to") : from;
                if (!locks.heldHere(lockKey(name, p.getString("job"), from, to))) {
                    continue;
                }
                try {
                    operator.stop(execution);
                } catch (Exception e) {
                    // Already finishing: nothing to stop.
                }
            }
        }
    }

    /**
     * An execution still marked running when its (job, date) lock is ours was killed (kill -9, power loss): a live
     * run would hold the lock. Mark it failed so Spring Batch restarts it.
     */
    private void abandonStale(JobExecution stale) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : stale.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(now);
                repository.update(step);
            }
        }
        if (stale.isRunning()) {
            stale.setStatus(BatchStatus.FAILED);
            stale.setEndTime(now);
            repository.update(stale);
        }
    }

    /**
     * When {@code execution} restarted a run that failed or stopped: that run's end, and the documents it (and any
     * attempt before it) had read and summarised, which this one kept instead of reading them again. Empty for a
     * first run.
     */
    private String resumed(JobExecution execution) {
        List<JobExecution> earlier = repository.getJobExecutions(execution.getJobInstance()).stream()
                .filter(e -> e.getId() < execution.getId())
                .sorted(java.util.Comparator.comparingLong(JobExecution::getId))
                .toList();
        if (earlier.isEmpty()) {
            return "";
        }
        long read = 0;
        long kept = 0;
        for (JobExecution e : earlier) {
            JobExecution loaded = repository.getJobExecution(e.getId());
            for (StepExecution step : (loaded != null ? loaded : e).getStepExecutions()) {
                if (summarizes(step)) {
                    read += step.getReadCount();
                    kept += step.getWriteCount() - notCounted(step);
                }
            }
        }
        JobExecution last = earlier.get(earlier.size() - 1);
        String ended = last.getEndTime() == null ? ""
                : " at " + last.getEndTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
                        .replace('T', ' ');
        String attempts = earlier.size() == 1 ? "the run that " + last.getStatus() + ended + " had"
                : earlier.size() + " earlier attempts (the last " + last.getStatus() + ended + ") had";
        return attempts + " read " + read + (read == 1 ? " document" : " documents") + " (" + kept
                + " summarised); not read again";
    }

    /** Whether the step summarised documents: a local run's summarize step, or one of a remote run's partitions. */
    private static boolean summarizes(StepExecution step) {
        return step.getStepName().equals("summarize")
                || step.getStepName().startsWith(SummarizePartitionStep.NAME + ":");
    }

    /** What a summarizing step wrote but did not add: copies merged into a document, documents the database refused. */
    private static long notCounted(StepExecution step) {
        return step.getExecutionContext().getLong(SummaryWriter.COPIES, 0)
                + step.getExecutionContext().getLong(SummaryWriter.NOT_STORED, 0);
    }

    private RunReport report(JobSettings settings, LocalDate from, LocalDate to, boolean backfill,
            JobExecution execution, StageTimes times, List<Path> written, long started) {
        long read = 0;
        long summarised = 0;
        long filtered = 0;
        int stories = 0;
        int storiesNotShown = 0;
        Map<String, Long> languages;
        long notCounted = 0;
        String mailed = "";
        languages = new TreeMap<>();
        // Reloaded: a remote run's partitions were written by the workers, and their contexts hold their counts.
        JobExecution stored = repository.getJobExecution(execution.getId());
        for (StepExecution step : (stored != null ? stored : execution).getStepExecutions()) {
            String name = step.getStepName();
            if (name.equals("summarize")) {
                read = step.getReadCount();
                summarised = step.getWriteCount();
                filtered = step.getFilterCount();
            }
            if (summarizes(step)) {
                notCounted += notCounted(step);
                SummaryWriter.languages(step).forEach((language, n) -> languages.merge(language, n, Long::sum));
            } else if (name.equals("digest") || name.startsWith(RemoteWorkerConfiguration.DIGEST_PARTITION + ":")) {
                stories += step.getExecutionContext().getInt("stories", 0);
                storiesNotShown += step.getExecutionContext().getInt(DigestTasklet.STORIES_NOT_SHOWN, 0);
            } else if (name.equals("deliver")) {
                mailed = step.getExecutionContext().getString(DeliverTasklet.REPORT, "");
            }
        }
        summarised -= notCounted;
        List<String> failures = new ArrayList<>();
        boolean stopped = execution.getStatus() == BatchStatus.STOPPED;
        if (!stopped) {
            // A file-system failure's message is already a sentence naming the file (AtomicFiles, DigestFiles); other
            // failures keep their type, which a bug report needs.
            execution.getAllFailureExceptions().forEach(t -> failures.add(
                    t instanceof java.io.IOException && t.getMessage() != null ? t.getMessage() : t.toString()));
        }
        String status = stopped ? "STOPPED"
                : execution.getStatus() == BatchStatus.COMPLETED && failures.isEmpty() ? "COMPLETED" : "FAILED";
        List<LocalDate> emptyDays = new ArrayList<>();
        if (backfill && status.equals("COMPLETED")) {
            List<LocalDate> withDocuments = store.runDates(settings.name(), from, to);
            from.datesUntil(to.plusDays(1)).filter(d -> !withDocuments.contains(d)).forEach(emptyDays::add);
        }
        return new RunReport(settings.name(), from, to, status, read, summarised, filtered,
                store.skipped(settings.name(), from), store.copyCount(settings.name(), from, to), stories, emptyDays,
                times.totals(), Duration.ofNanos(System.nanoTime() - started), written, failures, languages,
                sources.failing(settings.name()), "", storiesNotShown, resumed(stored != null ? stored : execution))
                .withMail(mailed);
    }

    private static List<Path> existing(DigestFiles files, String job, LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).flatMap(d -> existing(files, job, d).stream()).toList();
    }

    private static List<Path> existing(DigestFiles files, String job, LocalDate date) {
        Path dir = files.digestDirectory(job, date);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("digest.")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
