package org.daybrief.batch;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the web server, MVC, actuator, health and metrics auto-configurations (and a few others only the site
 * reads) when the shell is not a web application ({@code spring.main.web-application-type=none}: every command but
 * {@code serve} with a port). They are on the class path for {@code serve}'s site, and a batch command would
 * otherwise pay for them at every start (about 1.7 s of 10.7 s measured for {@code send} on the loaded 2-core
 * machine). Without a meter registry, {@link RunMetrics} records nothing. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class NonWebAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final List<String> WEB_ONLY_PREFIXES = List.of(
            "org.springframework.boot.actuate.", "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.", "org.springframework.boot.http.converter.",
            "org.springframework.boot.jackson.", "org.springframework.boot.servlet.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.web.server.",
            "org.springframework.boot.webmvc.");
    /** Other modules' health, metrics and observation parts (the job database's health indicator, say). */
    private static final List<String> WEB_ONLY_PACKAGES = List.of(".autoconfigure.health.",
            ".autoconfigure.metrics.", ".autoconfigure.observation.");
    /**
     * What only the site's pages and the actuator read: message bundles (matched only because a library, dnsjava,
     * ships a messages.properties; its condition searched every jar for one, about 70 ms of each start), the
     * build's and git's info, and liveness/readiness states.
     */
    private static final List<String> WEB_ONLY_CLASSES = List.of(
            "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
            "org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration");

    private boolean web = true;

    @Override
    public void setEnvironment(Environment environment) {
        web = !"none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", "").strip());
    }

    @Override
    public boolean[] match(String[] classes, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[classes.length];
        for (int i = 0; i < classes.length; i++) {
            keep[i] = web || classes[i] == null || !webOnly(classes[i]);
        }
        return keep;
    }

    static boolean webOnly(String autoConfiguration) {
        return WEB_ONLY_PREFIXES.stream().anyMatch(autoConfiguration::startsWith)
                || WEB_ONLY_PACKAGES.stream().anyMatch(autoConfiguration::contains)
                || WEB_ONLY_CLASSES.contains(autoConfiguration)
                || autoConfiguration.endsWith("HealthContributorAutoConfiguration");
    }
}
