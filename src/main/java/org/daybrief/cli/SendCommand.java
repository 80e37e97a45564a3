package org.daybrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.daybrief.batch.MailDeliveries;
import org.daybrief.config.ConfigException;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.mail.DeliveryReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code daybrief send}: mails an already-built digest; the ledger keeps anyone from getting it twice by the same
 * route (a dry run's outbox files do not count as sent by SMTP).
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Delivers an already-built digest by email to the job's subscribers (for example after "
                + "a dry run, or after fixing the SMTP settings).%nSubscribers the SMTP server already accepted it for "
                + "are skipped; failed ones are tried again. Without spring.mail.host, writes .eml files to the "
                + "digest's outbox/ folder (a route of its own: it never counts as sent by SMTP).")
final class SendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "FILE", required = true, description = "the job file, e.g. jobs/daily.yml")
    Path job;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "the digest's run date")
    String date;

    @Option(names = "--resend-unknown", description = "also send messages a crash left in doubt (same Message-ID; "
            + "check the mail server's log first)")
    boolean resendUnknown;

    @Override
    public Integer call() throws Exception {
        JobSettings settings = Jobs.loader().load(job);
        if (!settings.email().enabled()) {
            throw new ConfigException(job.toString(), "email.enabled", "mail is not enabled for this job",
                    "set 'enabled: true' under email: (with from, unsubscribe and subscribers)");
        }
        LocalDate runDate = Jobs.date("--date", date);
        try (ConfigurableApplicationContext context = Jobs.startSpring(spec)) {
            DeliveryReport report;
            try {
                report = context.getBean(MailDeliveries.class).deliver(settings, runDate, resendUnknown);
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("daybrief: " + e.getMessage());
                return Main.FAILED;
            }
            spec.commandLine().getOut().print(settings.name() + " " + runDate + ":\n" + report.format());
            spec.commandLine().getOut().flush();
            if (!report.stopped().isEmpty()) {
                spec.commandLine().getErr().println("daybrief: " + report.stopped());
            }
            return report.retryLater() ? Main.FAILED : Main.OK;
        }
    }
}
