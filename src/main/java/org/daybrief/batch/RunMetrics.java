package org.daybrief.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.daybrief.deliver.mail.DeliveryReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Daybrief's own Micrometer metrics, recorded from what a run and a delivery report, tagged by job (Prometheus
 * names in brackets):
 * <ul>
 * <li>{@code daybrief.documents.read}, {@code .summarised}, {@code .skipped} ({@code daybrief_documents_read_total}
 *     ...): documents per run;</li>
 * <li>{@code daybrief.run.duration} ({@code daybrief_run_duration_seconds}), also tagged by status;</li>
 * <li>{@code daybrief.mails.sent}, {@code .failed}, {@code .suppressed} ({@code daybrief_mails_sent_total} ...);</li>
 * <li>{@code daybrief.run.last.success} ({@code daybrief_run_last_success_seconds}): when the job's last digest run
 *     completed, in epoch seconds, read from the job database so runs of other processes count (NaN before
 *     the first): alert when {@code time() - daybrief_run_last_success_seconds} grows past a day.</li>
 * </ul>
 * Counters count what this process did since it started. Without a registry (no actuator) nothing is recorded.
 */
@Component
public class RunMetrics {

    private final ObjectProvider<MeterRegistry> registries;
    private final RunHistory history;

    public RunMetrics(ObjectProvider<MeterRegistry> registries, RunHistory history) {
        this.registries = registries;
        this.history = history;
    }

    /** Counts a finished run (an already complete date counts nothing). */
    public void record(RunReport report) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null || "ALREADY_COMPLETE".equals(report.status())) {
            return;
        }
        String job = report.job();
        Counter.builder("daybrief.documents.read").tag("job", job).register(registry).increment(report.read());
        Counter.builder("daybrief.documents.summarised").tag("job", job).register(registry)
                .increment(report.summarised());
        Counter.builder("daybrief.documents.skipped").tag("job", job).register(registry)
                .increment(report.skipped().size());
        Timer.builder("daybrief.run.duration").tag("job", job).tag("status", report.status()).register(registry)
                .record(report.elapsed());
        watch(job);
    }

    /** Counts a delivery's messages. */
    public void record(DeliveryReport report) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null) {
            return;
        }
        String job = report.job();
        Counter.builder("daybrief.mails.sent").tag("job", job).register(registry)
                .increment(report.count(DeliveryReport.Result.SENT));
        Counter.builder("daybrief.mails.failed").tag("job", job).register(registry)
                .increment(report.count(DeliveryReport.Result.FAILED));
        Counter.builder("daybrief.mails.suppressed").tag("job", job).register(registry)
                .increment(report.count(DeliveryReport.Result.SUPPRESSED));
    }

    /** Publishes the job's last successful run time (once per job; later calls change nothing). */
    public void watch(String job) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry != null) {
            TimeGauge.builder("daybrief.run.last.success", history,
                    TimeUnit.SECONDS, h -> h.lastSuccess(job).orElse(Double.NaN))
                    .tag("job", job).description("when the job's last digest run completed (epoch seconds)")
                    .register(registry);
        }
    }
}
