package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class NonWebAutoConfigurationsTest {

    private static final String[] CANDIDATES = {
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
        "org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
        "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration"};

    @Test
    void aNonWebShellKeepsBatchDatabaseAndMailButNotTheWebActuatorOrMetrics() {
        boolean[] kept = filter("none").match(CANDIDATES, null);
        assertThat(kept).containsExactly(true, true, true, false, false, false, false, false, false, false, false);
    }

    @Test
    void aWebShellKeepsEverything() {
        assertThat(filter("servlet").match(CANDIDATES, null)).containsOnly(true);
        assertThat(filter("").match(CANDIDATES, null)).as("nothing said: Spring Boot decides").containsOnly(true);
    }

    private static NonWebAutoConfigurations filter(String type) {
        NonWebAutoConfigurations filter = new NonWebAutoConfigurations();
        MockEnvironment environment = new MockEnvironment();
        if (!type.isEmpty()) {
            environment.setProperty("spring.main.web-application-type", type);
        }
        filter.setEnvironment(environment);
        return filter;
    }
}
