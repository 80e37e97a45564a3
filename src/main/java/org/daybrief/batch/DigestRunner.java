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
import java.util.stream.Stream;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.digest.DigestAssembler;
import org.daybrief.digest.TextTools;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.render.DigestRenderer;
import org.daybrief.source.Sources;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
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
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
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
    private static final int CHUNK = 50;

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
    private final SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("daybrief-worker-");

    public DigestRunner(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions,
            StateStore store, NlpModels nlp, MailDeliveries mail, RunLocks locks, RunSources sources,
            RunMetrics metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.operator = operator;
        this.transactions = transactions;
        this.store = store;
        this.nlp = nlp;
        this.mail = mail;
        this.locks = locks;
        this.sources = sources;
        workers.setConcurrencyLimit(Integer.getInteger("daybrief.threads", Runtime.getRuntime().availableProcessors()));
    }

    private volatile TextTools textTools;

    /** The digest's language tools (POS model loaded on first use, then shared). */
    private TextTools textTools() {
        TextTools t = textTools;
        if (t == null) {
            synchronized (this) {
                if (textTools == null) {
                    textTools = TextTools.of(nlp);
                }
                t = textTools;
            }
        }
        return t;
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
        if (last != null && last.isRunning()) {
            abandonStale(last);
        }

        StageTimes times = new StageTimes();
        Progress progress = Progress.forConsole(settings.name());
        try (DocumentParser parser = new DocumentParser(settings.limits(), settings.schedule().zone())) {
            Summarizer summarizer = Summarizer.create(nlp, settings.summary().method(), settings.language());
            DigestTasklet digest = new DigestTasklet(settings, from, to, backfill, store, new DigestAssembler(workDir, textTools()),
                    files, times);
            Filing filing = new Filing(settings, from, to, store, edition);
            SimpleJobBuilder steps = new JobBuilder(batchJob, repository)
                    .start(summarizeStep(settings, filing, from, parser, summarizer, times, progress,
                            // a rebuilt date reads its mailboxes whole again, as it reads its files
                            settings.window() == JobSettings.Window.NEW && !backfill && !rebuild))
                    .next(new StepBuilder("digest", repository).tasklet(digest, transactions).build());
            if (settings.email().enabled() && !backfill) { // an archive's old digests are not mailed
                steps.next(mail.step(settings, from, repository, transactions)); // then mail it to subscribers
            }
            Job job = steps.build();
            JobExecution execution = operator.start(job, params);
            progress.finish();
            return report(settings, from, to, backfill, execution, times, digest.written(), started);
        }
    }

    private Step summarizeStep(JobSettings settings, Filing filing, LocalDate firstDate, DocumentParser parser,
            Summarizer summarizer, StageTimes times, Progress progress, boolean takesNew) {
        Sources runSources = sources.forRun(settings, takesNew);
        RawDocumentReader reader = new RawDocumentReader(workDir, settings.sources(), settings.limits(), progress,
                runSources);
        SummaryWriter writer = new SummaryWriter(settings.name(), store, times, transactions);
        return new StepBuilder("summarize", repository).<RawDocument, FiledSummary>chunk(CHUNK)
                .transactionManager(transactions)
                .reader(reader)
                .processor(new SummarizeProcessor(settings, filing, parser, summarizer, times))
                .writer(writer)
                .listener(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (step.getStatus() == BatchStatus.COMPLETED) { // every document filed: sources keep their place
                            runSources.committed();
                        }
                        return null;
                    }
                })
                .faultTolerant()
                // Any failure of one document (unreadable, or a parser bug it triggers) costs that document only;
                // a database failure is not the document's fault and stops the run.
                .skipPolicy((t, count) -> t instanceof UnreadableDocumentException
                        || (t instanceof RuntimeException && !(t instanceof DataAccessException)))
                .skipListener(new SkipRecorder(settings.name(), firstDate, store))
                // Documents of a chunk are parsed and summarised on every core; reading and writing stay on the
                // step's thread, so restart state and the stored order are what a single thread would give.
                .taskExecutor(workers)
                .build();
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
        stale.setStatus(BatchStatus.FAILED);
        stale.setEndTime(now);
        repository.update(stale);
    }

    private RunReport report(JobSettings settings, LocalDate from, LocalDate to, boolean backfill,
            JobExecution execution, StageTimes times, List<Path> written, long started) {
        long read = 0;
        long summarised = 0;
        long filtered = 0;
        int stories = 0;
        Map<String, Long> languages = Map.of();
        String mailed = "";
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals("summarize")) {
                read = step.getReadCount();
                // Written, less the copies merged into a document and the documents the database refused.
                summarised = step.getWriteCount() - step.getExecutionContext().getLong(SummaryWriter.COPIES, 0)
                        - step.getExecutionContext().getLong(SummaryWriter.NOT_STORED, 0);
                filtered = step.getFilterCount();
                languages = SummaryWriter.languages(step);
            } else if (step.getStepName().equals("digest")) {
                stories = step.getExecutionContext().getInt("stories", 0);
            } else if (step.getStepName().equals("deliver")) {
                mailed = step.getExecutionContext().getString(DeliverTasklet.REPORT, "");
            }
        }
        List<String> failures = new ArrayList<>();
        boolean stopped = execution.getStatus() == BatchStatus.STOPPED;
        if (!stopped) {
            execution.getAllFailureExceptions().forEach(t -> failures.add(t.toString()));
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
                sources.failing(settings.name()), "")
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
