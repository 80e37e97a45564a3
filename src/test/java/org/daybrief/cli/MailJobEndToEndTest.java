package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.daybrief.deliver.mail.HtmlStories;
import org.daybrief.deliver.mail.SmtpProxy;
import org.daybrief.ingest.TestFiles;
import org.daybrief.web.WebFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Mail delivery as a user runs it: `daybrief run` with an email section, `daybrief send`, the dry run. */
class MailJobEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String DATE = "2025-09-23";

    @TempDir
    Path dir;

    private Path state;
    private Path output;
    private Path jobFile;

    @BeforeEach
    void setUp() throws Exception {
        state = dir.resolve("state");
        System.setProperty("daybrief.state-dir", state.toString());
        System.setProperty("DAYBRIEF_UNSUBSCRIBE_SECRET", "test-secret-0123456789abcdef");
        Path docs = dir.resolve("docs");
        output = dir.resolve("out");
        WebFixtures.documents(docs); // three stories of 2025-09-23
        jobFile = Files.writeString(dir.resolve("mail.yml"), """
                name: mail
                title: "Morning digest {date}"
                sources: [%s]
                output: { dir: %s, formats: [html, txt, json] }
                email:
                  enabled: true
                  from: "Daybrief Desk <digest@example.org>"
                  subject: "{title}: {top}"
                  unsubscribe: "https://example.org/unsubscribe?u={token}"
                  subscribers:
                    - { address: alice@example.org, name: "Zoë Alice", include: [economy] }
                    - { address: bob@example.org, name: Bob, format: text, exclude: [football] }
                    - { address: carol@example.org, include: [volcano] }
                """.formatted(docs, output));
    }

    @AfterEach
    void tearDown() {
        for (String p : List.of("daybrief.state-dir", "DAYBRIEF_UNSUBSCRIBE_SECRET", "spring.mail.host",
                "spring.mail.port", "spring.mail.username", "spring.mail.password")) {
            System.clearProperty(p);
        }
    }

    private void smtpPort(int port) {
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(port));
    }

    private Map<String, MimeMessage> received() throws Exception {
        Map<String, MimeMessage> byAddress = new LinkedHashMap<>();
        for (MimeMessage m : GREENMAIL.getReceivedMessages()) {
            byAddress.put(((InternetAddress) m.getAllRecipients()[0]).getAddress(), m);
        }
        return byAddress;
    }

    /** (subscriber, status, reply) rows of the ledger, read straight from the job database. */
    private List<String> ledger() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + state.resolve("daybrief"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT SUBSCRIBER, STATUS, SMTP_REPLY FROM DAYBRIEF_DELIVERY ORDER BY SUBSCRIBER")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void runMailsEachSubscriberTheirStoriesAndNeitherARebuildNorSendMailsAgain() throws Exception {
        smtpPort(GREENMAIL.getSmtp().getPort());
        CliRunner run = CliRunner.run("run", "--job", jobFile.toString(), "--date", DATE);
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();

        Map<String, MimeMessage> inbox = received();
        assertThat(inbox.keySet()).containsExactlyInAnyOrder("alice@example.org", "bob@example.org");
        MimeMessage alice = inbox.get("alice@example.org");
        assertThat(alice.getSubject()).isEqualTo("Morning digest 2025-09-23: Central bank holds rates");
        assertThat(((InternetAddress) alice.getAllRecipients()[0]).getPersonal()).isEqualTo("Zoë Alice");
        assertThat(alice.getHeader("To", null)).contains("=?UTF-8?");
        assertThat(alice.getHeader("List-Unsubscribe", null)).matches("<https://example\\.org/unsubscribe\\?u=[A-Za-z0-9_-]{43}>");
        assertThat(alice.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(alice.getMessageID()).matches("<daybrief\\.mail\\.2025-09-23\\.[0-9a-f]{16}@example\\.org>");
        MimeMultipart parts = (MimeMultipart) alice.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("Central bank holds rates")
                .doesNotContain("Dockworkers").doesNotContain("Pinecrest");
        MimeMessage bob = inbox.get("bob@example.org");
        assertThat(bob.getContentType()).startsWith("text/plain");
        assertThat((String) bob.getContent()).contains("Dockworkers strike at Easthaven")
                .contains("Central bank holds rates").doesNotContain("Pinecrest");
        assertThat(ledger()).hasSize(2).allMatch(r -> r.contains(" sent 250"));

        CliRunner rebuild = CliRunner.run("run", "--job", jobFile.toString(), "--date", DATE, "--force");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        CliRunner send = CliRunner.run("send", "--job", jobFile.toString(), "--date", DATE);
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("0 sent, 2 already sent, 0 failed");
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aLaterEditionOfTodayMailsOnlyTheSubscribersWhoHadNoMailForIt() throws Exception {
        smtpPort(GREENMAIL.getSmtp().getPort());
        CliRunner morning = CliRunner.run("run", "--job", jobFile.toString()); // today, in the job's zone
        assertThat(morning.exitCode()).as(morning.err() + morning.out()).isZero();
        assertThat(received().keySet()).containsExactlyInAnyOrder("alice@example.org", "bob@example.org");

        TestFiles.text(dir.resolve("docs"), "volcano.txt", """
                source Island Post

                Volcano erupts near Halden

                The volcano above Halden erupted at noon and sent ash two miles into the sky.
                Flights from the island airport were cancelled for the rest of the day.
                """);
        CliRunner noon = CliRunner.run("run", "--job", jobFile.toString());
        assertThat(noon.exitCode()).as(noon.err() + noon.out()).isZero();
        assertThat(noon.out()).contains("1 summarised").contains("3 not in window");
        // Carol's filter matched nothing this morning: the noon edition is her first mail of the day. Alice and
        // Bob had theirs and get nothing more, though Bob's filters would let the volcano through.
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
        MimeMessage carol = received().get("carol@example.org");
        assertThat(((MimeMultipart) carol.getContent()).getBodyPart(0).getContent().toString())
                .contains("Volcano erupts near Halden");
        assertThat(ledger()).hasSize(3).allMatch(r -> r.contains(" sent 250"));
    }

    @Test
    void aRecipientTheServerRefusesIsRecordedAndTheOthersAreDelivered() throws Exception {
        try (SmtpProxy proxy = new SmtpProxy(GREENMAIL.getSmtp().getPort())) {
            proxy.reject("alice@example.org", "550 5.1.1 <alice@example.org>: Recipient address rejected");
            smtpPort(proxy.port());
            CliRunner run = CliRunner.run("run", "--job", jobFile.toString(), "--date", DATE);
            assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        }
        assertThat(received().keySet()).containsExactly("bob@example.org");
        assertThat(ledger()).containsExactly(
                "alice@example.org failed 550 5.1.1 <alice@example.org>: Recipient address rejected",
                ledger().get(1));
        assertThat(ledger().get(1)).startsWith("bob@example.org sent 250");

        // the address is fixed on the server's side: `send` delivers only the failed one
        smtpPort(GREENMAIL.getSmtp().getPort());
        CliRunner send = CliRunner.run("send", "--job", jobFile.toString(), "--date", DATE);
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("1 sent, 1 already sent");
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(2);
        assertThat(received().keySet()).containsExactlyInAnyOrder("alice@example.org", "bob@example.org");
    }

    /**
     * As the README tells a new user: a dry run, then {@code send} with an SMTP server. The job writes no JSON, and
     * its second day has a follow-up story: the mail is still exactly the published digest, update line included.
     */
    @Test
    void aDryRunThenSendDeliversToBothSubscribersAndEachMailIsThePublishedDigest() throws Exception {
        Path docs = dir.resolve("news");
        Path job = Files.writeString(dir.resolve("news.yml"), """
                name: news
                sources: [%s]
                output: { dir: %s, formats: [html, txt] }
                email:
                  enabled: true
                  from: digest@example.org
                  unsubscribe: "https://example.org/unsubscribe?u={token}"
                  subscribers: [ { address: alice@example.org }, { address: bob@example.org, format: text } ]
                """.formatted(docs, output));
        String bridge = "The Halvorsen Bridge in Port Arden will close for 14 months from March so engineers can "
                + "replace its corroded steel cables, the Arden Transit Authority said on Tuesday. Transit director "
                + "Marta Quist said the repair would cost 340 million dollars. Commuters will be diverted to the "
                + "Kelby Tunnel, where tolls will be suspended during the closure.\n";
        TestFiles.text(docs, "bridge.txt", "date 2025-09-22\n\nHalvorsen Bridge to close\n\n" + bridge);
        assertThat(CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-22").exitCode()).isZero();
        TestFiles.text(docs, "bridge-closes.txt", "date 2025-09-23\n\nHalvorsen Bridge closes\n\n" + bridge
                .replace("will close", "closed").replace("said on Tuesday", "said on Wednesday"));
        TestFiles.text(docs, "rates.txt", "date 2025-09-23\nurl https://example.org/rates\n\nCentral bank holds "
                + "rates\n\nThe central bank held its main interest rate at four percent on Tuesday.\nPolicymakers "
                + "said the economy was slowing but inflation remained above target.\n");

        CliRunner dryRun = CliRunner.run("run", "--job", job.toString(), "--date", DATE);
        assertThat(dryRun.exitCode()).as(dryRun.err() + dryRun.out()).isZero();
        Path day = output.resolve("news/" + DATE);
        assertThat(day.resolve("digest.json")).as("no format the job did not ask for").doesNotExist();
        assertThat(day.resolve("outbox").toFile().list()).hasSize(2);
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();

        // a wrong password: one failed login, nobody tried after it, one line saying what to fix, exit code 1
        GREENMAIL.setUser("digest@example.org", "digest@example.org", "the-right-password");
        smtpPort(GREENMAIL.getSmtp().getPort());
        System.setProperty("spring.mail.username", "digest@example.org");
        System.setProperty("spring.mail.password", "a-wrong-password");
        CliRunner refused = CliRunner.run("send", "--job", job.toString(), "--date", DATE);
        assertThat(refused.exitCode()).isEqualTo(Main.FAILED);
        assertThat(refused.err().strip()).matches("daybrief: SMTP authentication failed for digest@example\\.org: "
                + "535 [^\n]*; check SPRING_MAIL_USERNAME/PASSWORD");
        assertThat(refused.out()).contains("0 sent").contains("not tried bob@example.org");
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();

        System.setProperty("spring.mail.password", "the-right-password");
        CliRunner send = CliRunner.run("send", "--job", job.toString(), "--date", DATE);
        assertThat(send.exitCode()).as(send.err() + send.out()).isZero();
        assertThat(send.out()).contains("2 sent, 0 already sent, 0 failed");
        Map<String, MimeMessage> inbox = received();
        assertThat(inbox.keySet()).containsExactlyInAnyOrder("alice@example.org", "bob@example.org");
        Path aliceEml;
        try (Stream<Path> files = Files.list(day.resolve("outbox"))) {
            aliceEml = files.filter(p -> p.getFileName().toString().startsWith("alice")).findFirst().orElseThrow();
        }
        try (InputStream eml = Files.newInputStream(aliceEml)) {
            assertThat(inbox.get("alice@example.org").getMessageID()).as("the dry run's Message-ID")
                    .isEqualTo(new MimeMessage(Session.getInstance(new Properties()), eml).getMessageID());
        }
        assertThat(CliRunner.run("send", "--job", job.toString(), "--date", DATE).out())
                .contains("0 sent, 2 already sent");
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(2);

        // the mail is the digest: story by story, the HTML part shows what digest.html shows
        String html = (String) ((MimeMultipart) inbox.get("alice@example.org").getContent()).getBodyPart(1)
                .getContent();
        List<HtmlStories.Shown> page = HtmlStories.of(Files.readString(day.resolve("digest.html")));
        assertThat(page).hasSize(2).anySatisfy(s -> assertThat(s.update())
                .isEqualTo("Update: first reported 2025-09-22")).allSatisfy(s -> assertThat(s.keywords()).isNotEmpty());
        assertThat(HtmlStories.of(html)).isEqualTo(page);
        assertThat((String) inbox.get("bob@example.org").getContent()).contains("Update: first reported 2025-09-22")
                .contains("Keywords: ").contains("To unsubscribe, open this link:");

        // a digest written by an older version, without the model: never rebuilt differently, the user is told
        Files.delete(day.resolve(".digest.json"));
        CliRunner old = CliRunner.run("send", "--job", job.toString(), "--date", DATE);
        assertThat(old.exitCode()).isEqualTo(Main.FAILED);
        assertThat(old.err()).contains("written by an older Daybrief").contains("--date " + DATE + " --force");
    }

    @Test
    void sendWithoutADigestSaysHowToBuildIt() {
        CliRunner send = CliRunner.run("send", "--job", jobFile.toString(), "--date", "2025-01-01");
        assertThat(send.exitCode()).isEqualTo(Main.FAILED);
        assertThat(send.err()).contains("no digest of mail for 2025-01-01").contains("daybrief run");
    }

    @Test
    void theDefaultJobWithMailEnabledAndNoSmtpHostWritesOneParsableEmlPerSubscriber() throws Exception {
        String daily = Files.readString(Path.of("jobs/daily.yml"));
        assertThat(daily).contains("  enabled: false");
        Path job = Files.writeString(dir.resolve("daily.yml"), daily
                .replace("  enabled: false", "  enabled: true")
                .replace("sources: [seeds/]", "sources: [" + Path.of("seeds").toAbsolutePath() + "/]")
                .replace("output: { dir: output,", "output: { dir: " + output + ","));
        CliRunner run = CliRunner.run("run", "--job", job.toString(), "--date", DATE);
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();

        Path outbox = output.resolve("daily/" + DATE + "/outbox");
        List<Path> emls;
        try (Stream<Path> files = Files.list(outbox)) {
            emls = files.sorted().toList();
        }
        assertThat(emls).extracting(p -> p.getFileName().toString())
                .allMatch(n -> n.matches("[a-z0-9._-]+-[0-9a-f]{8}\\.eml"))
                .anyMatch(n -> n.startsWith("alice_at_example.org-")).anyMatch(n -> n.startsWith("bob_at_example.org-"))
                .hasSize(2);
        for (Path eml : emls) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(m.getFrom()[0].toString()).isEqualTo("Daybrief <digest@example.org>");
                assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
                assertThat(m.getSentDate()).isNotNull();
                if (eml.getFileName().toString().startsWith("alice")) {
                    assertThat(m.getContentType()).startsWith("multipart/alternative");
                    MimeMultipart parts = (MimeMultipart) m.getContent();
                    assertThat(parts.getCount()).isEqualTo(2);
                    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
                    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
                    assertThat((String) parts.getBodyPart(1).getContent()).contains("<html").contains("Unsubscribe");
                } else {
                    assertThat(m.getContentType()).startsWith("text/plain");
                    assertThat((String) m.getContent()).contains("To unsubscribe");
                }
            }
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }
}
