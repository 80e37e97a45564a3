package org.daybrief.batch;

import java.util.List;
import org.daybrief.config.JobSettings;
import org.daybrief.source.SourceContext;
import org.daybrief.source.Sources;
import org.daybrief.source.web.HttpFetcher;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Sources} of one run from the job's settings and the state kept in the job database (what each
 * URL answered last, each source's failed runs): the one place the batch layer wires the source kinds.
 */
@Component
class RunSources {

    private final JdbcSourceHealth health;
    private final JdbcHttpCache httpCache;

    RunSources(JdbcSourceHealth health, JdbcHttpCache httpCache) {
        this.health = health;
        this.httpCache = httpCache;
    }

    /** A run's sources: a new HTTP client each run, so its per-host pauses are the run's own. */
    Sources forRun(JobSettings job) {
        return new Sources(new SourceContext(job.name(), job.limits(), job.schedule().zone(),
                new HttpFetcher(job.web(), job.limits().maxFileBytes(), httpCache), health));
    }

    /** The job's sources that have failed too many runs in a row, as lines for the run report. */
    List<String> failing(String job) {
        return health.failing(job);
    }
}
