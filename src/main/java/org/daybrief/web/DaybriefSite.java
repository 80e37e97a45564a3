package org.daybrief.web;

import org.daybrief.batch.RunMetrics;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web side of {@code serve}, added to the Spring shell only when a port is set ({@link #wanted()}): the
 * digest site ({@link SiteController}), the one-click unsubscribe endpoint ({@link UnsubscribeController}) and,
 * through Spring Boot's actuator, {@code /actuator/health} and {@code /actuator/prometheus}. Controllers are thin:
 * files come from the jobs' output folders, pages from {@code render}, tokens from {@code deliver.mail}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class DaybriefSite {

    /** Whether {@code serve} should be a web application: {@code server.port} or {@code SERVER_PORT} is set. */
    public static boolean wanted() {
        return System.getProperty("server.port") != null || System.getenv("SERVER_PORT") != null;
    }

    /** Every job's last successful run time is on /actuator/prometheus from the start, before this process runs it. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> lastRunGauges(SiteJobs jobs, RunMetrics metrics) {
        return ready -> jobs.all().forEach(job -> metrics.watch(job.name()));
    }
}
