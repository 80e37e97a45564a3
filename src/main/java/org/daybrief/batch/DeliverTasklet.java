package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.mail.DeliveryReport;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code deliver} step: mails the digest to the job's subscribers. Messages the server refused for good are
 * recorded and reported, and the step completes; when some may still go through later (4xx after retries, or
 * the server unreachable) the step fails, so running the same command again restarts here and sends only
 * those: the ledger skips every message already sent. When the connection failed (login, TLS, unreachable) the
 * failure is the one line that says what to fix.
 */
class DeliverTasklet implements Tasklet {

    /** The step context's key of the delivery report's lines ({@link DeliveryReport#format()}). */
    static final String REPORT = "mail.report";

    private final MailDeliveries deliveries;
    private final JobSettings job;
    private final LocalDate date;

    DeliverTasklet(MailDeliveries deliveries, JobSettings job, LocalDate date) {
        this.deliveries = deliveries;
        this.job = job;
        this.date = date;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        DeliveryReport report = deliveries.deliver(job, date, false);
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putString(REPORT, report.format()); // printed in the run's report
        context.putLong("mail.sent", report.count(DeliveryReport.Result.SENT));
        context.putLong("mail.failed", report.count(DeliveryReport.Result.FAILED));
        if (!report.stopped().isEmpty()) {
            throw new IllegalStateException("mail: " + report.stopped());
        }
        if (report.retryLater()) {
            throw new IllegalStateException("mail: " + (report.count(DeliveryReport.Result.RETRY_LATER)
                    + report.count(DeliveryReport.Result.NOT_TRIED)) + " messages could not be delivered yet; "
                    + "run the same command again to send them (messages already sent are not sent again)");
        }
        return RepeatStatus.FINISHED;
    }
}
