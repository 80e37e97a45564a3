package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.james.jdkim.api.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** DKIM signatures checked by jDKIM's verifier against the public key record, no DNS: built, sent, received. */
class MessageSignerTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path dir;

    private static DkimKeys keys;
    private static DkimSettings dkim;

    private final Subscriber alice = Subscriber.of("alice@example.org", "Alice");
    private final Subscriber bob = new Subscriber("bob@example.org", "", MailFormat.TEXT, 0, List.of(), List.of());

    @BeforeAll
    static void makeKey() throws Exception {
        keys = DkimKeys.generate();
        dkim = new DkimSettings(DkimKeys.DOMAIN, DkimKeys.SELECTOR,
                DkimSettings.readKey(keys.writePrivateKey(dir.resolve("dkim.pem"))));
    }

    private static MailSettings signed(List<Subscriber> subscribers) {
        MailSettings plain = MailFixtures.settings(subscribers);
        return new MailSettings(true, plain.fromAddress(), plain.fromName(), plain.subject(), plain.unsubscribe(),
                subscribers, Optional.of(dkim));
    }

    private static byte[] bytes(MimeMessage m) throws Exception {
        return MailFixtures.raw(m).getBytes(StandardCharsets.UTF_8);
    }

    private OutgoingMessage signedMessage(Subscriber subscriber) throws Exception {
        Session session = Session.getInstance(new Properties());
        MailSettings settings = signed(List.of(subscriber));
        OutgoingMessage built = MailFixtures.messages(settings).build(session, MailFixtures.digest(), subscriber);
        return new MessageSigner(dkim).sign(session, built);
    }

    @Test
    void aSignedMessageVerifiesAgainstThePublicKeyRecordWithRelaxedCanonicalisationOverTheListedHeaders()
            throws Exception {
        OutgoingMessage message = signedMessage(alice);

        List<Result> results = keys.verify(bytes(message.message()));
        assertThat(results).hasSize(1).allMatch(Result::isSuccess, "verified");
        String field = message.message().getHeader("DKIM-Signature", null).replaceAll("\\s+", "");
        assertThat(field).contains("a=rsa-sha256;", "c=relaxed/relaxed;", "d=example.org;", "s=daybrief;",
                "h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;");
        assertThat(message.message().getMessageID()).as("the stable Message-ID is kept").isEqualTo(
                DigestMessages.messageId("daily", MailFixtures.DATE, alice, "digest@example.org"));
        assertThat(MailFixtures.raw(message.message()).lines()).allMatch(l -> l.length() <= 998);
    }

    @Test
    void aChangedSignedHeaderOrBodyFailsVerification() throws Exception {
        String raw = MailFixtures.raw(signedMessage(bob).message());
        assertThat(keys.verify(raw.getBytes(StandardCharsets.UTF_8))).allMatch(Result::isSuccess);

        String otherUnsubscribe = raw.replaceFirst("List-Unsubscribe: <https://example.org/", "List-Unsubscribe: "
                + "<https://evil.example/");
        assertThat(otherUnsubscribe).isNotEqualTo(raw);
        assertThat(keys.verify(otherUnsubscribe.getBytes(StandardCharsets.UTF_8))).noneMatch(Result::isSuccess);
        String otherBody = raw.replace("Central bank holds rates", "Central bank raises rates");
        assertThat(otherBody).isNotEqualTo(raw);
        assertThat(keys.verify(otherBody.getBytes(StandardCharsets.UTF_8))).noneMatch(Result::isSuccess);
    }

    @Test
    void whatTheServerReceivesIsWhatWasSigned() throws Exception {
        MailSettings settings = signed(List.of(alice, bob));
        MailDelivery delivery = new MailDelivery(settings, MailFixtures.messages(settings), new StoryFilter(),
                new MemoryLedger(), new MemorySuppressions(), new RetryPolicy(1, Duration.ZERO, 1.0, d -> { }),
                MailFixtures.CLOCK);
        try (MailTransport smtp = new SmtpTransport(new SmtpSettings("127.0.0.1", GREENMAIL.getSmtp().getPort(),
                "smtp", "", "", Map.of()))) {
            assertThat(delivery.deliver(MailFixtures.digest(), smtp, false).count(DeliveryReport.Result.SENT))
                    .isEqualTo(2);
        }
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage m : received) {
            assertThat(keys.verify(bytes(m))).as(m.getAllRecipients()[0].toString()).hasSize(1)
                    .allMatch(Result::isSuccess);
        }

        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        try (MailTransport files = new OutboxTransport(outbox)) {
            delivery.deliver(MailFixtures.digest(), files, false);
        }
        try (var eml = Files.list(outbox)) {
            assertThat(eml.toList()).hasSize(2).allSatisfy(p -> assertThat(keys.verify(Files.readAllBytes(p)))
                    .allMatch(Result::isSuccess).isNotEmpty());
        }
    }

    @Test
    void aKeyFileThatIsNotAnUnencryptedPkcs8KeySaysWhatItHolds() throws Exception {
        Path pkcs1 = Files.writeString(dir.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n"
                + "-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> DkimSettings.readKey(pkcs1)).hasMessage(pkcs1 + " holds a PKCS#1 RSA key, not an "
                + "unencrypted PKCS#8 private key");
        Path garbage = Files.writeString(dir.resolve("bad.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n"
                + "-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> DkimSettings.readKey(garbage)).hasMessageStartingWith(garbage
                + " is not an RSA private key");
        assertThatThrownBy(() -> DkimSettings.readKey(dir.resolve("missing.pem")))
                .hasMessage("there is no file " + dir.resolve("missing.pem"));
    }
}
