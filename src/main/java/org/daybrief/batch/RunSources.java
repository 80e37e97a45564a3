package org.daybrief.batch;

import java.time.Duration;
import java.util.List;
import org.daybrief.config.JobSettings;
import org.daybrief.source.SourceContext;
import org.daybrief.source.Sources;
import org.daybrief.source.WebEntry;
import org.daybrief.source.imap.MailboxContext;
import org.daybrief.source.imap.MailboxReader;
import org.daybrief.source.web.HttpFetcher;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Sources} of one run from the job's settings and the state kept in the job database (what each
 * URL answered last, each source's failed runs): the one place the batch layer wires the source kinds.
 */
@Component
class RunSources {

    /** How long an IMAP server may take to accept a connection or answer, as for SMTP delivery. */
    private static final Duration IMAP_TIMEOUT = Duration.ofSeconds(30);

    private final JdbcSourceHealth health;
    private final JdbcHttpCache httpCache;
    private final JdbcMailboxStates mailboxStates;

    RunSources(JdbcSourceHealth health, JdbcHttpCache httpCache, JdbcMailboxStates mailboxStates) {
        this.health = health;
        this.httpCache = httpCache;
        this.mailboxStates = mailboxStates;
    }

    /** A run's sources: a new HTTP client each run, so its per-host pauses are the run's own. */
    Sources forRun(JobSettings job) {
        return forRun(job, job.window() == JobSettings.Window.NEW);
    }

    /**
     * @param takesNew whether the run takes what is new ({@code window: new}, neither a backfill nor a rebuild):
     *                 only such a run keeps its place in a mailbox and marks or moves what it read
     */
    Sources forRun(JobSettings job, boolean takesNew) {
        // A job of files and mailboxes only gets no HTTP client: Java 17's cannot be closed, and its selector
        // thread, waiting in the kernel, held the JVM's exit back by 0.3 s (the JVM waits that long for threads
        // running native code to stop), besides the TLS set-up its creation costs.
        HttpFetcher http = job.sources().stream().anyMatch(WebEntry.class::isInstance)
                ? new HttpFetcher(job.web(), job.limits().maxFileBytes(), httpCache) : null;
        return new Sources(new SourceContext(job.name(), job.limits(), job.schedule().zone(), http, health,
                new MailboxContext(new MailboxReader(IMAP_TIMEOUT), mailboxStates, System::getenv, takesNew)));
    }

    /** The job's sources that have failed too many runs in a row, as lines for the run report. */
    List<String> failing(String job) {
        return health.failing(job);
    }
}
