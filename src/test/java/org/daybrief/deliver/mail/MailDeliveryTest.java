package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.daybrief.deliver.mail.DeliveryLedger.Mailing;
import org.daybrief.deliver.mail.DeliveryLedger.Status;
import org.daybrief.deliver.mail.DeliveryReport.Result;
import org.daybrief.digest.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Delivery against a real SMTP server in the test JVM (GreenMail), with the ledger in memory. */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private final Subscriber alice = new Subscriber("alice@example.org", "Alice", MailFormat.HTML, 0,
            List.of("economy"), List.of());
    private final Subscriber bob = new Subscriber("bob@example.org", "Bob", MailFormat.HTML, 1, List.of(),
            List.of("strike"));
    private final Subscriber carol = new Subscriber("carol@example.org", "Carol", MailFormat.TEXT, 0, List.of(),
            List.of());
    private final Subscriber dave = new Subscriber("dave@example.org", "Dave", MailFormat.HTML, 0,
            List.of("volcano"), List.of());
    private final MailSettings settings = MailFixtures.settings(List.of(alice, bob, carol, dave));
    private final MemoryLedger ledger = new MemoryLedger();
    private final MemorySuppressions suppressions = new MemorySuppressions();
    private final List<Duration> sleeps = new ArrayList<>();
    private final RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(2), 4.0, sleeps::add);

    private static final Mailing SMTP = new Mailing("daily", MailFixtures.DATE, Route.SMTP);
    private static final Mailing OUTBOX = new Mailing("daily", MailFixtures.DATE, Route.OUTBOX);

    private MailDelivery delivery(DeliveryLedger ledger) {
        return new MailDelivery(settings, MailFixtures.messages(settings), new StoryFilter(), ledger, suppressions,
                retry, MailFixtures.CLOCK);
    }

    private SmtpTransport smtp(int port) {
        return new SmtpTransport(new SmtpSettings("127.0.0.1", port, "smtp", "", "", Map.of()));
    }

    private int port() {
        return GREENMAIL.getSmtp().getPort();
    }

    private DeliveryReport deliver(DeliveryLedger ledger, MailTransport transport, boolean resendUnknown)
            throws Exception {
        try (transport) {
            return delivery(ledger).deliver(MailFixtures.digest(), transport, resendUnknown);
        }
    }

    /** Received messages for one address. */
    private List<MimeMessage> inbox(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : GREENMAIL.getReceivedMessages()) {
            if (m.getHeader("To", null).contains(address)) {
                out.add(m);
            }
        }
        return out;
    }

    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof MimeMultipart parts) {
            return parts.getBodyPart(0).getContent() + "\n" + parts.getBodyPart(1).getContent();
        }
        return (String) content;
    }

    @Test
    void eachSubscriberGetsTheirStoriesOnceAndASecondRunSendsNothing() throws Exception {
        DeliveryReport report = deliver(ledger, smtp(port()), false);

        assertThat(report.count(Result.SENT)).isEqualTo(3);
        assertThat(report.count(Result.NO_STORIES)).isEqualTo(1);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
        MimeMessage a = inbox("alice@example.org").get(0);
        assertThat(a.getContentType()).startsWith("multipart/alternative");
        assertThat(body(a)).contains("Central bank holds rates").doesNotContain("Pinecrest")
                .doesNotContain("Dockworkers");
        assertThat(a.getHeader("List-Unsubscribe", null)).isEqualTo("<https://example.org/unsubscribe?u="
                + MailFixtures.TOKENS.token("daily", "alice@example.org") + ">");
        assertThat(a.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(a.getMessageID()).isEqualTo(DigestMessages.messageId("daily", MailFixtures.DATE, alice,
                "digest@example.org"));
        MimeMessage b = inbox("bob@example.org").get(0);
        assertThat(body(b)).contains("Central bank holds rates").doesNotContain("Pinecrest")
                .doesNotContain("Dockworkers"); // max-stories 1, strike excluded
        MimeMessage c = inbox("carol@example.org").get(0);
        assertThat(c.getContentType()).startsWith("text/plain");
        assertThat(body(c)).contains("Central bank holds rates").contains("Pinecrest").contains("Dockworkers");
        assertThat(inbox("dave@example.org")).isEmpty();
        assertThat(ledger.status("alice@example.org")).isEqualTo(Status.SENT);
        assertThat(ledger.find(SMTP, "alice@example.org").get().reply()).startsWith("250");
        assertThat(ledger.status("dave@example.org")).isNull();

        DeliveryReport again = deliver(ledger, smtp(port()), false);
        assertThat(again.count(Result.SENT)).isZero();
        assertThat(again.count(Result.ALREADY_SENT)).isEqualTo(3);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aRefusedRecipientIsRecordedWithTheReplyAndTheOthersStillGetTheirs() throws Exception {
        try (SmtpProxy proxy = new SmtpProxy(port())) {
            proxy.reject("bob@example.org", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
            DeliveryReport report = deliver(ledger, smtp(proxy.port()), false);

            assertThat(report.count(Result.SENT)).isEqualTo(2);
            assertThat(report.count(Result.FAILED)).isEqualTo(1);
            assertThat(report.retryLater()).isFalse();
            assertThat(inbox("alice@example.org")).hasSize(1);
            assertThat(inbox("carol@example.org")).hasSize(1);
            assertThat(inbox("bob@example.org")).isEmpty();
            DeliveryLedger.Entry entry = ledger.find(SMTP, "bob@example.org").orElseThrow();
            assertThat(entry.status()).isEqualTo(Status.FAILED);
            assertThat(entry.reply()).startsWith("550 5.1.1 <bob@example.org>: Recipient address rejected");
            assertThat(entry.attempts()).as("a permanent refusal is not retried").isEqualTo(1);
            assertThat(sleeps).isEmpty();
        }
        // later, the address works again: only bob's message is sent
        DeliveryReport retry = deliver(ledger, smtp(port()), false);
        assertThat(retry.count(Result.SENT)).isEqualTo(1);
        assertThat(inbox("bob@example.org")).hasSize(1);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aSuppressedSubscriberGetsNoMessageAndTheReportSaysWhenAndHowTheyLeft() throws Exception {
        suppressions.suppress("daily", "Alice@Example.org", Suppressions.How.ONE_CLICK,
                java.time.Instant.parse("2025-09-22T18:00:00Z"), "");
        suppressions.suppress(Suppressions.ALL_JOBS, "carol@example.org", Suppressions.How.PAGE,
                java.time.Instant.parse("2025-09-21T09:00:00Z"), "");

        DeliveryReport report = deliver(ledger, smtp(port()), false);

        assertThat(inbox("alice@example.org")).isEmpty();
        assertThat(inbox("carol@example.org")).isEmpty();
        assertThat(inbox("bob@example.org")).hasSize(1);
        assertThat(report.count(Result.SUPPRESSED)).isEqualTo(2);
        assertThat(report.format()).contains("1 sent", "2 suppressed")
                .contains("  suppressed alice@example.org: unsubscribed 2025-09-22 (one-click)\n")
                .contains("  suppressed carol@example.org: unsubscribed from all jobs 2025-09-21 (page)\n");
        assertThat(ledger.status("alice@example.org")).as("nothing claimed for a suppressed subscriber").isNull();
    }

    @Test
    void threeRunsInARowOfPermanentRefusalsSuppressTheAddressAsBouncedWithTheLastReply() throws Exception {
        String reply = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";
        try (SmtpProxy proxy = new SmtpProxy(port())) {
            proxy.reject("bob@example.org", reply);
            for (int day = 0; day < 3; day++) {
                Digest digest = MailFixtures.digest();
                Digest dated = new Digest(digest.job(), digest.date().plusDays(day), digest.title(), digest.stories(),
                        digest.skipped());
                try (MailTransport transport = smtp(proxy.port())) {
                    DeliveryReport report = delivery(ledger).deliver(dated, transport, false);
                    assertThat(report.count(Result.FAILED)).isEqualTo(1);
                    String bounced = "refused 3 runs in a row: suppressed as bounced";
                    if (day < 2) {
                        assertThat(report.format()).as("day " + day).doesNotContain(bounced);
                    } else {
                        assertThat(report.format()).contains(bounced);
                    }
                }
            }
        }
        assertThat(suppressions.find("daily", "bob@example.org")).hasValueSatisfying(s -> {
            assertThat(s.how()).isEqualTo(Suppressions.How.BOUNCE);
            assertThat(s.detail()).startsWith("550 5.1.1 <bob@example.org>: Recipient address rejected");
        });
        // the next run, even with the address working again, mails bob nothing
        Digest digest = MailFixtures.digest();
        DeliveryReport next;
        try (MailTransport transport = smtp(port())) {
            next = delivery(ledger).deliver(new Digest(digest.job(), digest.date().plusDays(3), digest.title(),
                    digest.stories(), digest.skipped()), transport, false);
        }
        assertThat(next.count(Result.SUPPRESSED)).isEqualTo(1);
        assertThat(next.format()).contains("  suppressed bob@example.org: bounced 2025-09-23: 550 5.1.1");
        assertThat(inbox("bob@example.org")).isEmpty();
    }

    @Test
    void refusalsOfTheSenderOrTheMessageNeverBounceAnAddress() throws Exception {
        Digest digest = MailFixtures.digest();
        try (SmtpProxy proxy = new SmtpProxy(port())) {
            proxy.reject("bob@example.org", "550 5.7.1 Service unavailable; client host blocked using a blocklist");
            for (int day = 0; day < 4; day++) {
                try (MailTransport transport = smtp(proxy.port())) {
                    DeliveryReport report = delivery(ledger).deliver(new Digest(digest.job(),
                            digest.date().plusDays(day), digest.title(), digest.stories(), digest.skipped()),
                            transport, false);
                    assertThat(report.count(Result.FAILED)).isEqualTo(1);
                }
            }
        }
        assertThat(suppressions.isSuppressed("daily", "bob@example.org")).isFalse();
        assertThat(suppressions.streaks("daily")).isEmpty();
    }

    @Test
    void anAcceptedMessageBetweenRefusalsStartsTheBounceCountAgain() throws Exception {
        String reply = "550 5.2.1 mailbox disabled";
        Digest digest = MailFixtures.digest();
        for (int day = 0; day < 5; day++) {
            Digest dated = new Digest(digest.job(), digest.date().plusDays(day), digest.title(), digest.stories(),
                    digest.skipped());
            try (SmtpProxy proxy = new SmtpProxy(port())) {
                if (day != 2) { // refused on days 0, 1, 3, 4: never three in a row
                    proxy.reject("bob@example.org", reply);
                }
                try (MailTransport transport = smtp(proxy.port())) {
                    delivery(ledger).deliver(dated, transport, false);
                }
            }
        }
        assertThat(suppressions.isSuppressed("daily", "bob@example.org")).isFalse();
        assertThat(suppressions.streaks("daily")).extracting(Suppressions.Streak::runs).containsExactly(2);
    }

    @Test
    void transientRefusalsAreRetriedWithBackoff() throws Exception {
        try (SmtpProxy proxy = new SmtpProxy(port())) {
            proxy.deferFirst("carol@example.org", 2);
            DeliveryReport report = deliver(ledger, smtp(proxy.port()), false);

            assertThat(report.count(Result.SENT)).isEqualTo(3);
            assertThat(inbox("carol@example.org")).hasSize(1);
            assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(8));
            assertThat(ledger.find(SMTP, "carol@example.org").get().attempts()).isEqualTo(3);
        }
    }

    @Test
    void anUnreachableServerLeavesEveryoneForTheNextRun() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DeliveryReport report = deliver(ledger, smtp(closed), false);
        assertThat(report.count(Result.RETRY_LATER)).isEqualTo(1);
        assertThat(report.count(Result.NOT_TRIED)).isEqualTo(2);
        assertThat(report.retryLater()).isTrue();
        assertThat(sleeps).as("a connection failure is not retried within the run").isEmpty();
        assertThat(report.stopped()).startsWith("SMTP server 127.0.0.1:" + closed + " could not be reached: ")
                .contains("Connection refused").endsWith("; check SPRING_MAIL_HOST/PORT and the network");
        assertThat(ledger.entries("daily", MailFixtures.DATE)).extracting(e -> e.subscriber() + " " + e.status())
                .containsExactly("alice@example.org FAILED"); // the others were never claimed

        DeliveryReport rerun = deliver(ledger, smtp(port()), false);
        assertThat(rerun.count(Result.SENT)).isEqualTo(3);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aWrongPasswordStopsAfterOneLoginLeavesTheOthersUntriedAndSaysWhatToFix() throws Exception {
        GREENMAIL.setUser("digest@example.org", "digest@example.org", "the-right-password");
        SmtpTransport wrong = new SmtpTransport(new SmtpSettings("127.0.0.1", port(), "smtp", "digest@example.org",
                "a-wrong-password", Map.of()));
        DeliveryReport report = deliver(ledger, wrong, false);

        assertThat(report.stopped()).matches("SMTP authentication failed for digest@example\\.org: 535 .*; "
                + "check SPRING_MAIL_USERNAME/PASSWORD");
        assertThat(report.outcomes()).extracting(DeliveryReport.Outcome::result)
                .containsExactly(Result.RETRY_LATER, Result.NOT_TRIED, Result.NOT_TRIED, Result.NO_STORIES);
        assertThat(report.retryLater()).isTrue();
        assertThat(sleeps).as("one login, not retried").isEmpty();
        assertThat(ledger.entries("daily", MailFixtures.DATE)).extracting(e -> e.subscriber() + " " + e.status()
                + " " + e.attempts()).containsExactly("alice@example.org FAILED 1");
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();

        // the password is fixed: everyone gets their message
        SmtpTransport right = new SmtpTransport(new SmtpSettings("127.0.0.1", port(), "smtp", "digest@example.org",
                "the-right-password", Map.of()));
        assertThat(deliver(ledger, right, false).count(Result.SENT)).isEqualTo(3);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aServerThatWantsALoginWhenNoneIsSetStopsDeliveryWithOneLine() throws Exception {
        try (SmtpProxy proxy = new SmtpProxy(port()).requireAuthentication()) {
            DeliveryReport report = deliver(ledger, smtp(proxy.port()), false);

            assertThat(report.stopped()).isEqualTo("SMTP server 127.0.0.1:" + proxy.port() + " requires "
                    + "authentication: 530 5.7.0 Authentication required; set SPRING_MAIL_USERNAME/PASSWORD");
            assertThat(report.count(Result.RETRY_LATER)).isEqualTo(1);
            assertThat(report.count(Result.NOT_TRIED)).isEqualTo(2);
            assertThat(report.count(Result.FAILED)).as("not a refusal of one subscriber").isZero();
        }
    }

    @Test
    void aRequiredStartTlsTheServerDoesNotOfferStopsDeliveryWithOneLine() throws Exception {
        SmtpTransport tls = new SmtpTransport(new SmtpSettings("127.0.0.1", port(), "smtp", "", "", Map.of(
                "mail.smtp.starttls.enable", "true", "mail.smtp.starttls.required", "true")));
        DeliveryReport report = deliver(ledger, tls, false);

        assertThat(report.stopped()).startsWith("TLS with SMTP server 127.0.0.1:" + port() + " failed: ")
                .contains("STARTTLS").contains("check SPRING_MAIL_PROTOCOL");
        assertThat(report.count(Result.NOT_TRIED)).isEqualTo(2);
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void theOutboxAndSmtpAreSeparateRoutesEachDeliveringEveryMessageOnce() throws Exception {
        Path outbox = dir.resolve("outbox");
        DeliveryReport dryRun = deliver(ledger, new OutboxTransport(outbox), false);
        assertThat(dryRun.count(Result.SENT)).isEqualTo(3);
        assertThat(ledger.status(Route.OUTBOX, "alice@example.org")).isEqualTo(Status.SENT);
        assertThat(ledger.status(Route.SMTP, "alice@example.org")).isNull();

        DeliveryReport sent = deliver(ledger, smtp(port()), false);
        assertThat(sent.count(Result.SENT)).as("an .eml file is not a delivery by SMTP").isEqualTo(3);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
        try (InputStream in = Files.newInputStream(outbox.resolve(alice.fileStem() + ".eml"))) {
            assertThat(inbox("alice@example.org").get(0).getMessageID()).as("the same Message-ID as the dry run")
                    .isEqualTo(new MimeMessage(Session.getInstance(new Properties()), in).getMessageID());
        }

        assertThat(deliver(ledger, smtp(port()), false).count(Result.ALREADY_SENT)).isEqualTo(3);
        assertThat(deliver(ledger, new OutboxTransport(outbox), false).count(Result.ALREADY_SENT)).isEqualTo(3);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
        assertThat(ledger.entries("daily", MailFixtures.DATE)).hasSize(6);
    }

    /** Dies (like kill -9) when the ledger is asked to claim its n-th message, i.e. between two sends. */
    private static DeliveryLedger crashingOnClaim(DeliveryLedger ledger, int n) {
        int[] claims = {0};
        return new ForwardingLedger(ledger) {
            @Override
            public boolean claim(Mailing mailing, String s, String id, Set<Status> from) {
                if (++claims[0] == n) {
                    throw new SimulatedCrash();
                }
                return super.claim(mailing, s, id, from);
            }
        };
    }

    @Test
    void aCrashBetweenTwoSendsThenARerunDeliversEachMessageExactlyOnce() throws Exception {
        assertThatThrownBy(() -> deliver(crashingOnClaim(ledger, 2), smtp(port()), false))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);

        DeliveryReport rerun = deliver(ledger, smtp(port()), false);
        assertThat(rerun.count(Result.ALREADY_SENT)).isEqualTo(1);
        assertThat(rerun.count(Result.SENT)).isEqualTo(2);
        for (String address : List.of("alice@example.org", "bob@example.org", "carol@example.org")) {
            assertThat(inbox(address)).as(address).hasSize(1);
        }
    }

    @Test
    void aCrashAfterTheServerAcceptedButBeforeItWasRecordedIsNotSentAgainUnlessAsked() throws Exception {
        MailTransport dying = new ForwardingTransport(smtp(port())) {
            int sends;

            @Override
            public String send(OutgoingMessage m) throws DeliveryException {
                String reply = super.send(m);
                if (++sends == 2) {
                    throw new SimulatedCrash(); // accepted by the server, "sent" never recorded
                }
                return reply;
            }
        };
        assertThatThrownBy(() -> deliver(ledger, dying, false)).isInstanceOf(SimulatedCrash.class);
        assertThat(ledger.status("bob@example.org")).isEqualTo(Status.SENDING);

        DeliveryReport rerun = deliver(ledger, smtp(port()), false);
        assertThat(rerun.count(Result.UNKNOWN)).isEqualTo(1);
        assertThat(rerun.count(Result.SENT)).isEqualTo(1); // carol
        assertThat(rerun.format()).contains("bob@example.org").contains(DigestMessages.messageId("daily",
                MailFixtures.DATE, bob, "digest@example.org"));
        assertThat(ledger.status("bob@example.org")).isEqualTo(Status.UNKNOWN);
        for (String address : List.of("alice@example.org", "bob@example.org", "carol@example.org")) {
            assertThat(inbox(address)).as(address).hasSize(1);
        }
        assertThat(deliver(ledger, smtp(port()), false).count(Result.SENT)).isZero();

        // the operator checked the server's log and asks for it: the same Message-ID goes out again
        DeliveryReport resend = deliver(ledger, smtp(port()), true);
        assertThat(resend.count(Result.SENT)).isEqualTo(1);
        List<MimeMessage> bobs = inbox("bob@example.org");
        assertThat(bobs).hasSize(2);
        assertThat(bobs.get(1).getMessageID()).isEqualTo(bobs.get(0).getMessageID());
        assertThat(ledger.status("bob@example.org")).isEqualTo(Status.SENT);
    }

    @Test
    void theOutboxKnowsForSureAfterACrashAndWritesParsableEmlFiles() throws Exception {
        Path outbox = dir.resolve("outbox");
        MailTransport dying = new ForwardingTransport(new OutboxTransport(outbox)) {
            @Override
            public String send(OutgoingMessage m) throws DeliveryException {
                super.send(m);
                throw new SimulatedCrash(); // written, "sent" never recorded
            }
        };
        // first run: alice written, then the crash (claimed, not recorded)
        assertThatThrownBy(() -> deliver(ledger, dying, false)).isInstanceOf(SimulatedCrash.class);
        assertThat(ledger.status(Route.OUTBOX, "alice@example.org")).isEqualTo(Status.SENDING);

        DeliveryReport rerun = deliver(ledger, new OutboxTransport(outbox), false);
        assertThat(rerun.outcomes()).extracting(DeliveryReport.Outcome::result)
                .containsExactly(Result.ALREADY_SENT, Result.SENT, Result.SENT, Result.NO_STORIES);
        try (var files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(alice.fileStem() + ".eml", bob.fileStem() + ".eml", carol.fileStem() + ".eml");
        }
        try (InputStream in = Files.newInputStream(outbox.resolve(alice.fileStem() + ".eml"))) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(m.getContentType()).startsWith("multipart/alternative");
            assertThat(((MimeMultipart) m.getContent()).getCount()).isEqualTo(2);
            assertThat(m.getMessageID()).isEqualTo(ledger.find(OUTBOX, "alice@example.org")
                    .get().messageId());
        }
    }

    static class ForwardingLedger implements DeliveryLedger {
        private final DeliveryLedger target;

        ForwardingLedger(DeliveryLedger target) {
            this.target = target;
        }

        @Override
        public Optional<Entry> find(Mailing mailing, String subscriber) {
            return target.find(mailing, subscriber);
        }

        @Override
        public List<Entry> entries(String job, java.time.LocalDate date) {
            return target.entries(job, date);
        }

        @Override
        public boolean claim(Mailing mailing, String s, String id, Set<Status> from) {
            return target.claim(mailing, s, id, from);
        }

        @Override
        public void sent(Mailing mailing, String s, String reply, int attempts) {
            target.sent(mailing, s, reply, attempts);
        }

        @Override
        public void failed(Mailing mailing, String s, String reply, int attempts) {
            target.failed(mailing, s, reply, attempts);
        }

        @Override
        public void unknown(Mailing mailing, String s, String note) {
            target.unknown(mailing, s, note);
        }
    }
}
