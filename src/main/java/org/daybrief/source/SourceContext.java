package org.daybrief.source;

import java.time.ZoneId;
import java.util.Objects;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.source.imap.MailboxContext;
import org.daybrief.source.web.HttpFetcher;

/**
 * What sources of every kind are read with in one run: the job's name (state is kept per job), the same limits
 * as files, and each kind's own tools.
 *
 * @param job    the job's name
 * @param limits the job's input limits: a fetched page or message larger than a file may be is skipped the same way
 * @param zone   the job's zone, for dates given without one
 * @param http   the run's HTTP client (feeds and pages): polite per host, with conditional GET (null when the job
 *               names no URL)
 * @param health where each source's success or failure in this run is kept
 * @param mailboxes how mailboxes are read (IMAP client, the place kept in each); null when the run reads none
 */
public record SourceContext(String job, IngestLimits limits, ZoneId zone, HttpFetcher http, SourceHealth health,
        MailboxContext mailboxes) {

    /** A context without mailboxes. */
    public SourceContext(String job, IngestLimits limits, ZoneId zone, HttpFetcher http, SourceHealth health) {
        this(job, limits, zone, http, health, null);
    }

    public SourceContext {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(zone, "zone");
        health = health == null ? SourceHealth.NONE : health;
    }
}
