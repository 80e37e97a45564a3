package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.daybrief.config.JobFileLoader;
import org.daybrief.config.JobSettings;
import org.daybrief.deliver.mail.DeliveryLedger;
import org.daybrief.deliver.mail.ForwardingTransport;
import org.daybrief.deliver.mail.SimulatedCrash;
import org.daybrief.deliver.mail.SmtpSettings;
import org.daybrief.deliver.mail.SmtpTransport;
import org.daybrief.ingest.TestFiles;
import org.daybrief.summarize.Summarizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The digest job dies inside its deliver step, between two messages; running it again restarts the deliver step
 * (the documents are not read again) and every subscriber ends up with exactly one message.
 */
class DeliverStepRestartTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private JobSettings job;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(GREENMAIL.getSmtp().getPort()));
        Path docs = dir.resolve("docs");
        TestFiles.text(docs, "a.txt", "date 2025-09-23\n\nBridge reopens\n\nThe harbour bridge reopened on Monday "
                + "after a two year repair.\nTraffic was light in the morning.\n");
        TestFiles.text(docs, "b.txt", "date 2025-09-23\n\nMuseum opens wing\n\nThe city museum opened a new wing on "
                + "Tuesday.\nVisitors queued from dawn.\n");
        Path file = Files.writeString(dir.resolve("job.yml"), """
                name: restart
                sources: [%s]
                output: { dir: %s }
                email:
                  enabled: true
                  from: digest@example.org
                  unsubscribe: "https://example.org/u/{token}"
                  subscribers: [ { address: alice@example.org }, { address: bob@example.org }, { address: carol@example.org } ]
                """.formatted(docs, dir.resolve("out")));
        job = new JobFileLoader(Path.of(""), Set.copyOf(Summarizer.METHODS)).load(file);
    }

    @AfterEach
    void tearDown() {
        for (String p : List.of("daybrief.state-dir", "spring.mail.host", "spring.mail.port")) {
            System.clearProperty(p);
        }
    }

    /**
     * SMTP, but the process "dies" when the second message is about to be built: the first is sent and recorded,
     * the second not yet claimed. (Messages are built in the transport's session just before they are claimed.)
     */
    private static MailTransportFactory dyingBeforeSecondMessage(SmtpSettings smtp) {
        return outbox -> {
            SmtpTransport real = new SmtpTransport(smtp);
            AtomicInteger sessions = new AtomicInteger();
            return new ForwardingTransport(real) {
                @Override
                public Session session() {
                    if (sessions.incrementAndGet() == 2) {
                        throw new SimulatedCrash();
                    }
                    return real.session();
                }
            };
        };
    }

    @Test
    void aCrashBetweenTwoSendsThenARerunDeliversEachMessageExactlyOnce() throws Exception {
        LocalDate date = LocalDate.of(2025, 9, 23);
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", GREENMAIL.getSmtp().getPort(), "smtp", "", "", Map.of());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DaybriefApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("dying", dyingBeforeSecondMessage(smtp)))
                .run()) {
            RunReport crashed = context.getBean(DigestRunner.class).run(job, date, false);
            assertThat(crashed.failed()).isTrue();
            assertThat(crashed.failures()).anyMatch(f -> f.contains("simulated crash"));
            assertThat(context.getBean(JdbcDeliveryLedger.class).entries("restart", date))
                    .extracting(e -> e.subscriber() + " " + e.status())
                    .containsExactly("alice@example.org SENT");
        }
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DaybriefApplication.class).run()) {
            RunReport rerun = context.getBean(DigestRunner.class).run(job, date, false);
            assertThat(rerun.status()).as(rerun.format()).isEqualTo("COMPLETED");
            assertThat(rerun.read()).as("the restart begins at the deliver step").isZero();
            assertThat(context.getBean(JdbcDeliveryLedger.class).entries("restart", date))
                    .extracting(e -> e.subscriber() + " " + e.status() + " " + e.attempts())
                    .containsExactly("alice@example.org SENT 1", "bob@example.org SENT 1", "carol@example.org SENT 1");
            RunReport again = context.getBean(DigestRunner.class).run(job, date, false);
            assertThat(again.status()).isEqualTo("ALREADY_COMPLETE");
        }
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(List.of(received)).extracting(m -> ((InternetAddress) m.getAllRecipients()[0]).getAddress())
                .containsExactlyInAnyOrder("alice@example.org", "bob@example.org", "carol@example.org");
        assertThat(DeliveryLedger.Status.SENT.key()).isEqualTo("sent");
    }
}
