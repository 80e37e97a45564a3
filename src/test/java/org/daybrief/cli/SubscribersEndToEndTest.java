package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.deliver.mail.SmtpProxy;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suppression list as a user meets it: {@code daybrief subscribers} lists, unsubscribes and resubscribes by
 * hand; {@code run} and {@code send} mail nobody on the list and say so in their report; three runs in a row of
 * permanent refusals make an address bounced.
 */
class SubscribersEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String DATE = "2025-09-23";

    @TempDir
    Path dir;

    private Path docs;
    private Path output;
    private Path jobFile;
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        System.setProperty("DAYBRIEF_UNSUBSCRIBE_SECRET", "test-secret-0123456789abcdef");
        docs = dir.resolve("docs");
        output = dir.resolve("out");
        economyStory("rates.txt", "Central bank holds rates");
        jobFile = Files.writeString(dir.resolve("mail.yml"), """
                name: mail
                sources: [%s]
                output: { dir: %s, formats: [html] }
                email:
                  enabled: true
                  from: digest@example.org
                  unsubscribe: "https://example.org/unsubscribe?u={token}"
                  subscribers: [ { address: alice@example.org }, { address: Bob@Example.org, format: text } ]
                """.formatted(docs, output));
    }

    @AfterEach
    void tearDown() {
        for (String p : List.of("daybrief.state-dir", "DAYBRIEF_UNSUBSCRIBE_SECRET", "spring.mail.host",
                "spring.mail.port")) {
            System.clearProperty(p);
        }
    }

    private void economyStory(String file, String title) throws Exception {
        TestFiles.text(docs, file, "source Finance Weekly\n\n" + title + "\n\nThe central bank said on Tuesday that "
                + "the economy was slowing. " + title + ", policymakers said, while inflation stayed above target.\n");
    }

    private void smtpPort(int port) {
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(port));
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : GREENMAIL.getReceivedMessages()) {
            to.add(((InternetAddress) m.getAllRecipients()[0]).getAddress().toLowerCase());
        }
        return to;
    }

    private CliRunner subscribers(String... more) {
        List<String> args = new ArrayList<>(List.of("subscribers", "--job", jobFile.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void anUnsubscribedAddressGetsNothingFromSendAfterADryRunUntilResubscribed() throws Exception {
        CliRunner list = subscribers();
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("mail (" + jobFile + "): 2 subscribers, 2 subscribed, 0 unsubscribed, "
                + "0 bounced\n").contains("  alice@example.org  subscribed\n", "  Bob@Example.org    subscribed\n");

        CliRunner dryRun = CliRunner.run("run", "--job", jobFile.toString(), "--date", DATE);
        assertThat(dryRun.exitCode()).as(dryRun.err() + dryRun.out()).isZero();
        assertThat(dryRun.out()).contains("mail via outbox").contains("2 sent");

        CliRunner off = subscribers("--unsubscribe", "ALICE@example.org");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).isEqualTo("alice@example.org unsubscribed from mail: no more mail (undo with "
                + "--resubscribe alice@example.org)\n");
        assertThat(subscribers("--unsubscribe", "alice@example.org").out())
                .isEqualTo("alice@example.org gets no mail from mail already: unsubscribed " + today + " (manual)\n");
        assertThat(subscribers().out()).contains("1 subscribed, 1 unsubscribed, 0 bounced")
                .contains("  alice@example.org  unsubscribed " + today + " (manual)\n");

        smtpPort(GREENMAIL.getSmtp().getPort());
        CliRunner send = CliRunner.run("send", "--job", jobFile.toString(), "--date", DATE);
        assertThat(send.exitCode()).as(send.err() + send.out()).isZero();
        assertThat(send.out()).contains("1 sent, 0 already sent", "1 suppressed")
                .contains("  suppressed alice@example.org: unsubscribed " + today + " (manual)\n");
        assertThat(recipients()).containsExactly("bob@example.org");

        CliRunner back = subscribers("--resubscribe", "alice@example.org");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).isEqualTo("alice@example.org resubscribed to mail; lifted: unsubscribed " + today
                + " (manual)\n");
        assertThat(subscribers("--resubscribe", "bob@example.org").out())
                .isEqualTo("Bob@Example.org is subscribed to mail already\n");
        CliRunner again = CliRunner.run("send", "--job", jobFile.toString(), "--date", DATE);
        assertThat(again.out()).contains("1 sent, 1 already sent");
        assertThat(recipients()).containsExactlyInAnyOrder("bob@example.org", "alice@example.org");
    }

    @Test
    void anUnknownOrInvalidAddressIsOneLineAndExitTwo() {
        CliRunner unknown = subscribers("--unsubscribe", "zed@example.org");
        assertThat(unknown.exitCode()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).isEqualTo("daybrief: zed@example.org is not a subscriber of mail (" + jobFile
                + "); 'daybrief subscribers --job " + jobFile + "' lists them\n");
        CliRunner invalid = subscribers("--resubscribe", "not an address");
        assertThat(invalid.exitCode()).isEqualTo(Main.USAGE);
        assertThat(invalid.err()).startsWith("daybrief: 'not an address' is not a valid email address").hasLineCount(1);
        CliRunner both = subscribers("--unsubscribe", "alice@example.org", "--resubscribe", "alice@example.org");
        assertThat(both.exitCode()).isEqualTo(Main.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void runMailsNobodyOnTheListAndThreeRunsOfPermanentRefusalsBounceAnAddress() throws Exception {
        String refusal = "550 5.1.1 <alice@example.org>: Recipient address rejected: User unknown";
        try (SmtpProxy proxy = new SmtpProxy(GREENMAIL.getSmtp().getPort())) {
            proxy.reject("alice@example.org", refusal);
            smtpPort(proxy.port());
            for (int day = 0; day < 3; day++) {
                if (day > 0) { // window: new; each day brings a new document
                    economyStory("rates-" + day + ".txt", "Central bank cuts rates, day " + day);
                }
                String date = LocalDate.parse(DATE).plusDays(day).toString();
                CliRunner run = CliRunner.run("run", "--job", jobFile.toString(), "--date", date);
                assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
                assertThat(run.out()).contains("1 sent, 0 already sent, 1 failed")
                        .contains("  failed alice@example.org: " + refusal);
                if (day < 2) {
                    assertThat(subscribers().out()).contains("  alice@example.org  subscribed; refused " + (day + 1)
                            + " of 3 runs in a row before a bounce, last " + date + ": " + refusal + "\n");
                } else {
                    assertThat(run.out()).contains("refused 3 runs in a row: suppressed as bounced");
                }
            }
        }
        assertThat(subscribers().out()).contains("1 subscribed, 0 unsubscribed, 1 bounced")
                .contains("  alice@example.org  bounced " + today + ": " + refusal + "\n");

        smtpPort(GREENMAIL.getSmtp().getPort()); // the address would work now, but it is on the list
        economyStory("rates-3.txt", "Central bank cuts rates again");
        CliRunner next = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-26");
        assertThat(next.exitCode()).as(next.err() + next.out()).isZero();
        assertThat(next.out()).contains("1 sent, 0 already sent, 0 failed")
                .contains("  suppressed alice@example.org: bounced " + today + ": " + refusal + "\n");
        assertThat(recipients()).containsOnly("bob@example.org").hasSize(4);
    }
}
