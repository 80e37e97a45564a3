package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.config.JobSettings;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.summarize.Summarizer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The summarize step, put together in one place for both the local run (all of the sources) and a remote worker
 * (one partition's share of them): read, parse and summarise, store; an unreadable document is skipped and
 * recorded, a database failure stops the step.
 */
@Component
class SummarizeSteps implements DisposableBean {

    static final int CHUNK = 50;
    /** Documents begun ahead of the step per worker thread: enough to keep each busy while a chunk is stored. */
    private static final int AHEAD_PER_THREAD = 16;

    private final StateStore store;
    private final PlatformTransactionManager transactions;
    /**
     * A fixed set of threads, kept between documents: the text tools keep per-thread memos of words and stems and
     * per-thread OpenNLP tools, which a thread per document (SimpleAsyncTaskExecutor) would build again for each
     * one (5,000 documents: 10,000 threads, and the step's CPU 1.2 times that of 'daybrief summarize'). Idle
     * threads end after a minute, so a long-lived process (serve, schedule) holds none between runs.
     */
    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
    private final int threads;

    SummarizeSteps(StateStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transactions = transactions;
        threads = Integer.getInteger("daybrief.threads", Runtime.getRuntime().availableProcessors());
        workers.setCorePoolSize(threads);
        workers.setMaxPoolSize(threads);
        workers.setAllowCoreThreadTimeOut(true);
        workers.setKeepAliveSeconds(60);
        workers.setDaemon(true);
        workers.setThreadNamePrefix("daybrief-worker-");
        workers.initialize();
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }

    /**
     * @param builder   names the step (and binds it to a JobRepository)
     * @param reader    the documents to read: all of the sources, or a partition's
     * @param firstDate the date under which documents without a date of their own (unreadable ones) are recorded
     * @param completed called when the step has COMPLETED: every document filed
     */
    Step build(StepBuilder builder, JobSettings settings, RawDocumentReader reader, Filing filing,
            LocalDate firstDate, DocumentParser parser, Summarizer summarizer, StageTimes times, Runnable completed) {
        SummaryWriter writer = new SummaryWriter(settings.name(), store, times, transactions);
        SummarizeAhead ahead = new SummarizeAhead(reader,
                new SummarizeProcessor(settings, filing, parser, summarizer, times), workers, threads * AHEAD_PER_THREAD);
        return builder.<SummarizeAhead.Summarizing, FiledSummary>chunk(CHUNK)
                .transactionManager(transactions)
                .reader(ahead)
                .processor(summarizing -> filing.stillNew(summarizing.await()))
                .writer(writer)
                .listener(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (step.getStatus() == BatchStatus.COMPLETED) {
                            completed.run();
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
                .build();
    }
}
