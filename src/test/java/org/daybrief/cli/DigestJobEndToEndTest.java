package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job, as a user runs it: documents of several formats and a corrupt one, through `daybrief run`. */
class DigestJobEndToEndTest {

    @TempDir
    Path dir;

    private Path docs;
    private Path output;
    private Path jobFile;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        docs = dir.resolve("docs");
        output = dir.resolve("out");
        TestFiles.text(docs, "port.txt", """
                date 2025-09-23
                source Harbour Gazette

                Dockworkers strike at Easthaven

                Dockworkers at the Port of Easthaven walked off the job on Tuesday after pay talks collapsed.
                The union said its members would stay out until the port authority offered a seven percent raise.
                Dozens of container ships were left waiting offshore as the strike entered its first day.
                The port authority called the demand unaffordable and urged the union to return to talks.
                """);
        TestFiles.html(docs, "rates.html", "Central bank holds rates", "2025-09-23T08:00:00Z",
                "The central bank held its main interest rate at four percent on Tuesday.",
                "Policymakers said inflation was easing but remained above their target.",
                "Economists had expected the decision after a month of weak economic data.",
                "Markets rose slightly after the announcement.");
        TestFiles.eml(docs, "tram.eml", "Council approves tram extension", "Tue, 23 Sep 2025 07:15:00 +0000",
                "Lakeside Courier <news@courier.example>",
                "The city council approved the tram extension by nine votes to four on Monday night.\r\n\r\n"
                        + "Construction of the six mile line is due to start next spring.\r\n\r\n"
                        + "Opponents said the cost had doubled since the plan was first proposed.");
        TestFiles.pdf(docs, "wind.pdf", "Wind farm opens offshore", 2025, 9, 23,
                "The largest offshore wind farm in the region opened on Tuesday, officials said.",
                "Its forty turbines will power two hundred thousand homes when fully running.",
                "The project cost one point two billion dollars and took four years to build.");
        TestFiles.docx(docs, "library.docx", "Library reopens after renovation", "Library reopens after renovation",
                "The central library reopened on Tuesday after a two year renovation.",
                "Visitors queued from dawn to see the new reading rooms and the restored dome.",
                "The city spent forty million dollars on the work.");
        Files.write(docs.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        jobFile = Files.writeString(dir.resolve("test.yml"), """
                name: test
                title: "Test digest {date}"
                sources: [%s]
                window: new
                summary: { sentences: 2 }
                output: { dir: %s }
                """.formatted(docs, output));
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
    }

    @Test
    void runWritesEveryFormatWithEveryDocumentAndTheSkippedOneInTheFooter() throws Exception {
        CliRunner result = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("6 read, 5 summarised, 1 skipped")
                .containsPattern("skipped \\S*docs/broken.pdf: corrupt PDF");
        Path day = output.resolve("test/2025-09-23");
        for (String f : List.of("digest.html", "digest.md", "digest.txt", "digest.json")) {
            assertThat(day.resolve(f)).isRegularFile();
        }
        JsonNode json = new ObjectMapper().readTree(day.resolve("digest.json").toFile());
        assertThat(json.get("job").asText()).isEqualTo("test");
        assertThat(json.get("title").asText()).isEqualTo("Test digest 2025-09-23");
        List<String> titles = new ArrayList<>();
        json.get("stories").forEach(s -> titles.add(s.get("title").asText()));
        assertThat(titles).containsExactlyInAnyOrder("Dockworkers strike at Easthaven", "Central bank holds rates",
                "Council approves tram extension", "Wind farm opens offshore", "Library reopens after renovation");
        JsonNode port = find(json, "Dockworkers strike at Easthaven");
        assertThat(port.get("summary")).hasSize(2);
        assertThat(port.get("summary").get(0).get("text").asText())
                .isEqualTo("Dockworkers at the Port of Easthaven walked off the job on Tuesday after pay talks collapsed.");
        assertThat(port.get("documents").get(0).get("source").asText()).isEqualTo("Harbour Gazette");
        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).get("path").asText()).endsWith("docs/broken.pdf");
        assertThat(json.get("skipped").get(0).get("reason").asText()).startsWith("corrupt PDF");
        String html = Files.readString(day.resolve("digest.html"));
        assertThat(html).contains("Council approves tram extension").contains("corrupt PDF");
        String md = Files.readString(day.resolve("digest.md"));
        assertThat(md).contains("Wind farm opens offshore");
    }

    @Test
    void theSameArticleUnderManyNamesIsOneDocumentEvenWhenParallelChunksStoreItAtOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            Files.copy(docs.resolve("port.txt"), docs.resolve("copy-" + i + ".txt"));
        }
        System.setProperty("daybrief.threads", "4");
        try {
            CliRunner result = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("206 read, 5 summarised, 1 skipped, 200 copies");
            JsonNode json = new ObjectMapper().readTree(output.resolve("test/2025-09-23/digest.json").toFile());
            assertThat(json.get("stories")).hasSize(5);
            JsonNode documents = find(json, "Dockworkers strike at Easthaven").get("documents");
            assertThat(documents).hasSize(1);
            // The first by path is the document; every other name is listed beside it, in path order.
            assertThat(documents.get(0).get("path").asText()).endsWith("docs/copy-0.txt");
            List<String> copies = new ArrayList<>();
            documents.get(0).get("copies").forEach(c -> copies.add(c.asText().replaceAll(".*/docs/", "")));
            assertThat(copies).hasSize(200).isSorted().contains("port.txt", "copy-199.txt")
                    .doesNotContain("copy-0.txt");
        } finally {
            System.clearProperty("daybrief.threads");
        }
    }

    @Test
    void rerunningACompletedDateLeavesItAndANewDateHasNothingNew() throws Exception {
        assertThat(CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23").exitCode()).isZero();
        Path json = output.resolve("test/2025-09-23/digest.json");
        byte[] first = Files.readAllBytes(json);

        CliRunner again = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("ALREADY_COMPLETE");
        assertThat(Files.readAllBytes(json)).isEqualTo(first);

        CliRunner rebuilt = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23", "--force");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(Files.readAllBytes(json)).as("a rebuild is byte-identical").isEqualTo(first);

        CliRunner next = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-24");
        assertThat(next.exitCode()).isZero();
        assertThat(next.out()).contains("0 summarised").contains("5 not in window");
        JsonNode nextJson = new ObjectMapper().readTree(output.resolve("test/2025-09-24/digest.json").toFile());
        assertThat(nextJson.get("stories")).isEmpty();
    }

    @Test
    void aFailedRunRestartsWhereItStopped() throws Exception {
        // The digest step cannot create its folder: a file stands where the job's output folder must go.
        Files.createDirectories(output);
        Files.writeString(output.resolve("test"), "in the way");
        CliRunner failed = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");
        assertThat(failed.exitCode()).isEqualTo(Main.FAILED);
        assertThat(failed.out()).contains("FAILED").doesNotContain("resumed");

        Files.delete(output.resolve("test"));
        CliRunner restarted = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        // The summarize step had completed: the restart reads nothing again and still has every document; its
        // report says what the failed run read (broken.pdf too, skipped).
        assertThat(restarted.out()).contains("0 read").containsPattern(
                "  resumed: the run that FAILED at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d "
                        + "had read 6 documents \\(5 summarised\\); not read again\n");
        JsonNode json = new ObjectMapper().readTree(output.resolve("test/2025-09-23/digest.json").toFile());
        assertThat(json.get("stories")).hasSize(5);
    }

    @Test
    void aFailedStepIsOneLineOfTheReportAndItsStackTraceComesOnlyUnderDebug() throws Exception {
        Files.createDirectories(output);
        Files.writeString(output.resolve("test"), "in the way");

        String plainErr = logged(() -> {
            CliRunner failed = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");
            assertThat(failed.exitCode()).isEqualTo(Main.FAILED);
            assertThat(failed.out()).containsPattern("  error: cannot make the folder \\S+: \\S.*")
                    .doesNotContain("java.nio");
        });
        assertThat(plainErr).doesNotContain("FileSystemException").doesNotContain("\tat ");

        String debugErr = logged(() -> assertThat(CliRunner.run("run", "--debug", "--job", jobFile.toString(),
                "--date", "2025-09-24").exitCode()).isEqualTo(Main.FAILED));
        assertThat(debugErr).contains("java.nio.file.FileSystemException")
                .contains("at org.daybrief.deliver.DigestFiles");
    }

    /** What the loggers wrote to stderr while the action ran (the console appender writes to System.err). */
    private static String logged(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadJobFileStopsTheRunWithExitCodeTwoNamingFileAndKey() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yml"), "name: test\nsources: [nowhere/]\n");
        CliRunner result = CliRunner.run("run", "--job", bad.toString());
        assertThat(result.exitCode()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains(bad.toString()).contains("sources").contains("does not exist");
        assertThat(output).doesNotExist();
    }

    /** A zip named .dat, a mailbox without extension and files with "!" in their names, in their own job. */
    @Test
    void archivesKnownByContentGiveTheirEntriesAndBangsStayInNamesAndLinks() throws Exception {
        Path in = dir.resolve("archives");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("harbour.txt", story("Harbour reopens", "The harbour reopened on Tuesday after the storm",
                "Fishing boats left at dawn for the first time in a week", "Harbour staff cleared the debris"));
        entries.put("mill.txt", story("Mill closes", "The old textile mill closed its doors on Tuesday",
                "Forty people worked there until the end", "The owners blamed rising energy prices"));
        entries.put("road.txt", story("Coast road repaired", "Engineers repaired the coast road on Tuesday",
                "Traffic returned to normal by the evening", "The repair took three days of work"));
        TestFiles.zip(in, "bundle.dat", entries);
        TestFiles.text(in, "inbox", """
                From alice@example.org Tue Sep 23 09:00:00 2025
                From: alice@example.org
                Subject: Ferry timetable changes
                Date: Tue, 23 Sep 2025 09:00:00 +0000

                The ferry timetable changes next week, the operator announced on Tuesday.
                Morning sailings move to seven o'clock from Monday onwards.
                Evening sailings stay as they are for the winter season.

                From bob@example.org Tue Sep 23 10:00:00 2025
                From: bob@example.org
                Subject: Library hours extended
                Date: Tue, 23 Sep 2025 10:00:00 +0000

                The library will open late on Thursdays from October, the council said on Tuesday.
                Staff asked for the change after a survey of readers.
                The first late opening is planned for the second of October.
                """);
        TestFiles.text(in.resolve("Breaking!"), "Wow! big.txt", "date 2025-09-23\n\n" + story("Bridge wins prize",
                "The new river bridge won a national design prize on Tuesday",
                "Judges praised its slender steel arches and the cycle lanes", "The bridge opened to traffic in May"));
        Path output = dir.resolve("archives-out");
        Path job = Files.writeString(dir.resolve("archives.yml"), """
                name: test
                sources: [%s]
                window: new
                summary: { sentences: 2 }
                output: { dir: %s }
                """.formatted(in, output));

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("6 read, 6 summarised");
        JsonNode json = new ObjectMapper().readTree(output.resolve("test/2025-09-23/digest.json").toFile());
        Map<String, String> links = new TreeMap<>();
        json.get("stories").forEach(s -> s.get("documents").forEach(d -> links.put(
                d.get("path").asText().replace(in.toString(), "archives"), d.get("link").asText())));
        assertThat(links).containsOnlyKeys("archives/bundle.dat!/harbour.txt", "archives/bundle.dat!/mill.txt",
                "archives/bundle.dat!/road.txt", "archives/inbox!/message-00001.eml",
                "archives/inbox!/message-00002.eml", "archives/Breaking!/Wow! big.txt");
        assertThat(links.get("archives/bundle.dat!/mill.txt")).endsWith("archives/bundle.dat");
        // A folder whose name ends in "!" is not an archive: the link goes to the file itself.
        assertThat(links.get("archives/Breaking!/Wow! big.txt")).endsWith("archives/Breaking!/Wow!%20big.txt");
        assertThat(json.get("skipped")).isEmpty();
    }

    private static String story(String title, String... sentences) {
        return title + "\n\n" + String.join(". ", sentences) + ".\n";
    }
    private static JsonNode find(JsonNode json, String title) {
        for (JsonNode s : json.get("stories")) {
            if (s.get("title").asText().equals(title)) {
                return s;
            }
        }
        throw new AssertionError("no story titled " + title);
    }
}
