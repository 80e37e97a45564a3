package org.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.daybrief.batch.JdbcSourceHealth;
import java.util.Set;
import org.daybrief.config.JobFileLoader;
import org.daybrief.summarize.Summarizer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** A feed that keeps failing shows on /actuator/health's sources component once the run report calls it out. */
class SourcesHealthIndicatorTest {

    @TempDir
    Path dir;

    @Test
    void aSourceIsCalledOutFromItsThirdFailedRunAndClearedByASuccess() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(jobs.resolve("news.yml"), "name: news\nsources: [" + dir.resolve("docs") + "]\n");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("state/daybrief"));
        h2.setUser("sa");
        JdbcSourceHealth health = new JdbcSourceHealth(h2, new DataSourceTransactionManager(h2));
        SourcesHealthIndicator indicator = new SourcesHealthIndicator(new SiteJobs(jobs, new JobFileLoader(dir, Set.copyOf(Summarizer.METHODS))), health);
        String feed = "http://127.0.0.1:9/broken.xml";

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        health.failed("news", feed, "HTTP 500");
        health.failed("news", feed, "HTTP 500");
        assertThat(indicator.health().getStatus()).as("two runs: not yet").isEqualTo(Status.UP);
        health.failed("news", feed, "HTTP 500");
        Health third = indicator.health();
        assertThat(third.getStatus()).isEqualTo(SourcesHealthIndicator.FAILING);
        assertThat(third.getDetails().get("failing")).isEqualTo(
                Map.of("news", List.of(feed + " has failed 3 runs in a row (last: HTTP 500)")));
        health.succeeded("news", feed);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
