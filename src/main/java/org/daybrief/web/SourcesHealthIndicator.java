package org.daybrief.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.daybrief.batch.JdbcSourceHealth;
import org.daybrief.config.JobSettings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code sources} component of {@code /actuator/health}: each job's feeds, pages and mailboxes that have failed
 * {@value JdbcSourceHealth#CALL_OUT_AFTER} runs in a row or more, as the run report calls them out. Its status is
 * {@code FAILING} then, which the overall status leaves out: a dead feed is worth an alert, but the service is up.
 */
@Component
final class SourcesHealthIndicator implements HealthIndicator {

    static final Status FAILING = new Status("FAILING", "a source has failed several runs in a row");

    private final SiteJobs jobs;
    private final JdbcSourceHealth health;

    SourcesHealthIndicator(SiteJobs jobs, JdbcSourceHealth health) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.health = Objects.requireNonNull(health, "health");
    }

    @Override
    public Health health() {
        Map<String, List<String>> failing = new TreeMap<>();
        for (JobSettings job : jobs.all()) {
            List<String> sources = health.failing(job.name());
            if (!sources.isEmpty()) {
                failing.put(job.name(), sources);
            }
        }
        return failing.isEmpty() ? Health.up().build() : Health.status(FAILING).withDetail("failing", failing).build();
    }
}
