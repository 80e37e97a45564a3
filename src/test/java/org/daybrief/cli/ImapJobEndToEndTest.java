package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.ingest.TestFiles;
import org.daybrief.source.imap.Newsletters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose source is an IMAP folder on GreenMail, run as a user runs it: newsletters become stories of the
 * day's digest, the next run reads only what arrived since, a refused login is a skipped source, and a password
 * variable that is not set stops the run at start. The mailbox's password is in the tests' environment
 * ({@code DAYBRIEF_TEST_IMAP_PASSWORD}, set by the build), as a user's would be.
 */
class ImapJobEndToEndTest {

    private static final String PASSWORD_ENV = "DAYBRIEF_TEST_IMAP_PASSWORD";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(Newsletters.onFreePort(ServerSetupTest.IMAP));

    @TempDir
    Path dir;

    private GreenMailUser user;
    private Path output;

    @BeforeEach
    void setUp() {
        String password = System.getenv(PASSWORD_ENV);
        assumeTrue(password != null, PASSWORD_ENV + " is not set (the Maven build sets it): IMAP job tests skipped");
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        user = MAIL.setUser("digest@example.org", "digest", password);
        output = dir.resolve("out");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
    }

    private String mailbox(String login, String folder) {
        return "imap://" + login + "@127.0.0.1:" + MAIL.getImap().getPort() + "/" + folder;
    }

    private Path job(String sources) throws Exception {
        return Files.writeString(dir.resolve("news.yml"), """
                name: news
                title: "Newsletters {date}"
                sources: %s
                window: new
                summary: { sentences: 2 }
                output: { dir: %s, formats: [json, html] }
                """.formatted(sources, output));
    }

    private void deliver(String subject, int day, String... paragraphs) throws Exception {
        StringBuilder html = new StringBuilder("<html><body><table><tr><td>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</td></tr></table></body></html>");
        Newsletters.deliver(MAIL, user, "Newsletters", Newsletters.newsletter(subject,
                ZonedDateTime.of(2025, 9, day, 6, 0, 0, 0, ZoneOffset.UTC), "Harbour Weekly <news@harbour.example>",
                "Harbour Weekly <weekly.harbour.example>", "<" + subject.hashCode() + "@harbour.example>",
                html.toString()));
    }

    private static List<String> titles(JsonNode digest) {
        List<String> titles = new ArrayList<>();
        digest.get("stories").forEach(s -> titles.add(s.get("title").asText()));
        return titles;
    }

    @Test
    void aNewsletterInTheMailboxIsAStoryOfTheDigestARebuildKeepsItAndTheNextRunReadsOnlyNewMail() throws Exception {
        deliver("Ferry service resumes after repairs", 23,
                "The ferry to the outer islands resumed service on Tuesday after three weeks of engine repairs.",
                "Islanders had relied on a single water taxi while the ferry was out of service.",
                "The operator said timetables would return to normal by the weekend.");
        Path job = job("[{ url: " + mailbox("digest", "Newsletters") + ", password-env: " + PASSWORD_ENV
                + ", after: mark-seen }]");

        CliRunner first = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 read, 1 summarised");
        JsonNode digest = new ObjectMapper().readTree(output.resolve("news/2025-09-23/digest.json").toFile());
        assertThat(titles(digest)).containsExactly("Ferry service resumes after repairs");
        JsonNode story = digest.get("stories").get(0);
        assertThat(story.get("summary").get(0).get("text").asText())
                .isEqualTo("The ferry to the outer islands resumed service on Tuesday after three weeks of engine repairs.");
        assertThat(story.get("documents").get(0).get("source").asText()).isEqualTo("Harbour Weekly");
        assertThat(story.get("documents").get(0).get("link").asText()).isEmpty(); // a message has no page to link
        assertThat(Files.readString(output.resolve("news/2025-09-23/digest.html"))).doesNotContain("PLAIN-ALTERNATIVE");
        assertThat(Newsletters.folder(MAIL, user, "Newsletters").getMessages())
                .allMatch(m -> m.getFlags().contains(Flags.Flag.SEEN));

        // A rebuilt date reads the folder whole again, as it reads its files again: the newsletter stays in it.
        CliRunner rebuilt = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23", "--force");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(titles(new ObjectMapper().readTree(output.resolve("news/2025-09-23/digest.json").toFile())))
                .containsExactly("Ferry service resumes after repairs");

        deliver("Harbour dredging contract awarded", 24,
                "The port authority awarded the harbour dredging contract to a local firm on Wednesday.",
                "Work to deepen the main channel is due to begin next month.",
                "Larger cargo ships will be able to dock once the work is done.");
        CliRunner second = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-24");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("1 read, 1 summarised"); // the first newsletter is not fetched again
        JsonNode next = new ObjectMapper().readTree(output.resolve("news/2025-09-24/digest.json").toFile());
        assertThat(titles(next)).containsExactly("Harbour dredging contract awarded");
    }

    @Test
    void aRefusedLoginIsASkippedSourceWithItsReasonAndTheRunGoesOn() throws Exception {
        MAIL.setUser("other@example.org", "other", "not-the-password-in-the-environment");
        TestFiles.text(dir.resolve("docs"), "port.txt", """
                Dockworkers strike at Easthaven

                Dockworkers at the Port of Easthaven walked off the job on Tuesday after pay talks collapsed.
                The union said its members would stay out until the port authority offered a raise.
                """);
        Path job = job("[" + dir.resolve("docs") + ", { url: " + mailbox("other", "INBOX") + ", password-env: "
                + PASSWORD_ENV + " }]");

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("skipped imap " + mailbox("other", "INBOX") + ": login refused");
        JsonNode digest = new ObjectMapper().readTree(output.resolve("news/2025-09-23/digest.json").toFile());
        assertThat(titles(digest)).containsExactly("Dockworkers strike at Easthaven");
    }

    @Test
    void aPasswordVariableThatIsNotSetStopsTheRunAtStartNamingFileKeyAndFix() throws Exception {
        Path job = job("[{ url: " + mailbox("digest", "Newsletters")
                + ", password-env: DAYBRIEF_NO_SUCH_PASSWORD_VARIABLE }]");

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(job.toString()).contains("sources[0].password-env")
                .contains("environment variable DAYBRIEF_NO_SUCH_PASSWORD_VARIABLE")
                .contains("is not set").contains("export DAYBRIEF_NO_SUCH_PASSWORD_VARIABLE=");
        assertThat(output).doesNotExist();
    }
}
