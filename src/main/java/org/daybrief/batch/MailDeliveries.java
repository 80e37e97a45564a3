package org.daybrief.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.deliver.mail.DeliveryReport;
import org.daybrief.deliver.mail.DigestJsonReader;
import org.daybrief.deliver.mail.DigestMessages;
import org.daybrief.deliver.mail.MailDelivery;
import org.daybrief.deliver.mail.MailTransport;
import org.daybrief.deliver.mail.OutboxTransport;
import org.daybrief.deliver.mail.RetryPolicy;
import org.daybrief.deliver.mail.SmtpSettings;
import org.daybrief.deliver.mail.SmtpTransport;
import org.daybrief.deliver.mail.StoryFilter;
import org.daybrief.deliver.mail.UnsubscribeTokens;
import org.daybrief.digest.Digest;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.Format;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Mail delivery wired to Spring: SMTP settings from {@code spring.mail.*} (host, port, protocol, username,
 * password, properties; environment variables {@code SPRING_MAIL_HOST} etc.), the ledger and the suppression list
 * in the job database, the unsubscribe secret, and the {@code deliver} step of the digest job. With no
 * {@code spring.mail.host}, mail goes to the digest's {@code outbox/} folder.
 */
@Component
public class MailDeliveries {

    private final Environment environment;
    private final JdbcDeliveryLedger ledger;
    private final JdbcSuppressions suppressions;
    private final MailTransportFactory transports;
    private final RunMetrics metrics;
    private final RetryPolicy retry = RetryPolicy.DEFAULT;

    public MailDeliveries(Environment environment, JdbcDeliveryLedger ledger, JdbcSuppressions suppressions,
            ObjectProvider<MailTransportFactory> transports, RunMetrics metrics) {
        this.environment = environment;
        this.ledger = ledger;
        this.suppressions = suppressions;
        this.metrics = metrics;
        this.transports = transports.getIfAvailable(() -> this::defaultTransport);
    }

    /** The {@code deliver} step: after {@code digest}, mails the digest to the job's subscribers. */
    public Step step(JobSettings job, LocalDate date, JobRepository repository,
            PlatformTransactionManager transactions) {
        return new StepBuilder("deliver", repository)
                .tasklet(new DeliverTasklet(this, job, date), transactions)
                .build();
    }

    /** Delivers one day's digest of a job (already built) to its subscribers. */
    public DeliveryReport deliver(JobSettings job, LocalDate date, boolean resendUnknown) throws Exception {
        Digest digest = load(job, date);
        MailDelivery delivery = new MailDelivery(job.email(), new DigestMessages(job.email(), tokens(),
                Clock.systemUTC()), new StoryFilter(), ledger, suppressions, retry, Clock.systemUTC());
        try (MailTransport transport = transports.open(files(job).digestDirectory(job.name(), date)
                .resolve("outbox"))) {
            DeliveryReport report = delivery.deliver(digest, transport, resendUnknown);
            metrics.record(report);
            return report;
        }
    }

    /** The unsubscribe tokens of this database's secret: what messages carry and what serve's endpoint checks. */
    public UnsubscribeTokens tokens() {
        return new UnsubscribeTokens(ledger.unsubscribeSecret(environment.getProperty(JdbcDeliveryLedger.SECRET_ENV)));
    }

    /**
     * The digest exactly as the digest step published it: its model, which {@link DigestFiles} keeps beside the
     * digest whatever the job's formats ({@value DigestFiles#MODEL}), or the {@code digest.json} of a digest
     * written before that file existed. Never rebuilt: a rebuild could group, order and word it differently.
     *
     * @throws IllegalStateException when that date has no digest
     */
    public Digest load(JobSettings job, LocalDate date) throws IOException {
        Path dir = files(job).digestDirectory(job.name(), date);
        for (Path model : List.of(dir.resolve(DigestFiles.MODEL), dir.resolve(Format.JSON.fileName()))) {
            if (Files.isRegularFile(model)) {
                return DigestJsonReader.read(model);
            }
        }
        String build = "daybrief run --job " + job.file() + " --date " + date;
        throw new IllegalStateException(Files.isDirectory(dir)
                ? "the digest of " + job.name() + " for " + date + " was written by an older Daybrief, without "
                        + dir.resolve(DigestFiles.MODEL) + ": rebuild it with '" + build + " --force' "
                        + "(subscribers who got it are not mailed again)"
                : "no digest of " + job.name() + " for " + date + " (looked in " + dir + "): build it first with '"
                        + build + "'");
    }

    /** The SMTP server settings, bound from {@code spring.mail.*} as Spring Boot does. */
    public SmtpSettings smtp() {
        return smtp(environment);
    }

    /** {@code spring.mail.*} of an environment (properties, system properties, environment variables). */
    static SmtpSettings smtp(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> properties = binder.bind("spring.mail.properties",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return new SmtpSettings(environment.getProperty("spring.mail.host", ""),
                environment.getProperty("spring.mail.port", Integer.class, 0),
                environment.getProperty("spring.mail.protocol", "smtp"),
                environment.getProperty("spring.mail.username", ""),
                environment.getProperty("spring.mail.password", ""), properties);
    }

    private MailTransport defaultTransport(Path outbox) {
        SmtpSettings smtp = smtp();
        return smtp.configured() ? new SmtpTransport(smtp) : new OutboxTransport(outbox);
    }

    private static DigestFiles files(JobSettings job) {
        return new DigestFiles(job.output().dir(), new DigestRenderer());
    }
}
