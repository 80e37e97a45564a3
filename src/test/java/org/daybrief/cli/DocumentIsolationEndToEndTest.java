package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit of failure is the document: a folder of ordinary documents with files of random bytes, a title of
 * thousands of characters, a path longer than 2,000 characters, a backslash in a name and copies of one article, through
 * {@code daybrief run}; and a document the database refuses, in a chunk of 50.
 */
class DocumentIsolationEndToEndTest {

    private static final String DATE = "2025-09-23";

    @TempDir
    Path dir;

    private Path docs;
    private Path output;

    @BeforeEach
    void setUp() {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        docs = dir.resolve("docs");
        output = dir.resolve("out");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
    }

    @Test
    void junkLongTitlesLongPathsAndCopiesCostNothingAndEveryPathIsInTheDigest() throws Exception {
        for (int i = 0; i < 20; i++) {
            article(docs.resolve("news-" + i + ".txt"), i);
        }
        article(docs.resolve("back\\slash.txt"), 20); // a backslash is a name's character here, not a separator
        byte[] junk = new byte[200_000];
        new Random(19).nextBytes(junk);
        Files.write(docs.resolve("junk.txt"), junk);
        Files.write(docs.resolve("junk.html"), junk);
        Files.writeString(docs.resolve("long-title.txt"), "title: " + "Endless headline words ".repeat(400)
                + "\n\nThe council met on Tuesday to discuss the harbour wall. Engineers said the repairs would take"
                + " a year. The budget for the work was agreed by a narrow vote.\n");
        Path deep = docs;
        for (int i = 0; i < 11; i++) {
            deep = deep.resolve("d".repeat(200));
        }
        Files.createDirectories(deep);
        Files.copy(docs.resolve("news-3.txt"), deep.resolve("deep-copy.txt"));
        Files.createDirectories(docs.resolve("archive"));
        Files.copy(docs.resolve("news-3.txt"), docs.resolve("archive/news-3-again.txt"));

        CliRunner result = CliRunner.run("run", "--job", job("isolation").toString(), "--date", DATE);

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("COMPLETED")
                .contains("26 read, 22 summarised, 2 skipped, 2 copies, 0 not in window")
                .contains("junk.txt: no text found (application/octet-stream)")
                .contains("junk.html: no text found (application/octet-stream)");
        JsonNode json = new ObjectMapper().readTree(output.resolve("isolation/" + DATE + "/digest.json").toFile());
        Map<String, String> where = new HashMap<>();
        for (JsonNode story : json.get("stories")) {
            assertThat(story.get("title").asText().length()).isLessThanOrEqualTo(300);
            for (JsonNode d : story.get("documents")) {
                assertThat(d.get("title").asText().length()).isLessThanOrEqualTo(300);
                where.put(d.get("path").asText(), "document");
                d.path("copies").forEach(c -> where.put(c.asText(), "copy of " + d.get("path").asText()));
            }
        }
        json.get("skipped").forEach(s -> where.put(s.get("path").asText(), s.get("reason").asText()));
        List<String> inputs;
        try (Stream<Path> walk = Files.walk(docs)) {
            inputs = walk.filter(Files::isRegularFile).map(Path::toString).toList();
        }
        assertThat(inputs).hasSize(26);
        assertThat(where.keySet()).as("every input file, by its full path").containsAll(inputs);
        // The first of the three by path is the document; the others are named beside it.
        String kept = docs.resolve("archive/news-3-again.txt").toString();
        assertThat(where.get(kept)).isEqualTo("document");
        assertThat(where.get(docs.resolve("news-3.txt").toString())).isEqualTo("copy of " + kept);
        assertThat(where.get(deep.resolve("deep-copy.txt").toString())).isEqualTo("copy of " + kept);
        assertThat(where.get(docs.resolve("long-title.txt").toString())).isEqualTo("document");
        String longTitle = title(json, docs.resolve("long-title.txt").toString());
        assertThat(longTitle).startsWith("Endless headline words").endsWith("words\u2026").hasSizeLessThanOrEqualTo(300);
        assertThat(Files.readString(output.resolve("isolation/" + DATE + "/digest.txt")))
                .contains("(the same text as");
    }

    @Test
    void aDocumentTheDatabaseRefusesIsSkippedWithItsReasonAndTheOther49AreStored() throws Exception {
        article(docs.resolve("first.txt"), 100);
        CliRunner first = CliRunner.run("run", "--job", job("refuse").toString(), "--date", "2025-09-22");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        Files.delete(docs.resolve("first.txt"));
        // A rule the database enforces and no document knows of: the insert of one document of the chunk fails.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("state/daybrief"), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE DAYBRIEF_DOCUMENT ADD CONSTRAINT NO_POISON CHECK (PATH NOT LIKE '%poison%')");
        }
        for (int i = 0; i < 49; i++) {
            article(docs.resolve(String.format("news-%02d.txt", i)), i);
        }
        article(docs.resolve("news-poison.txt"), 49);

        CliRunner result = CliRunner.run("run", "--job", job("refuse").toString(), "--date", DATE);

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("COMPLETED").contains("50 read, 49 summarised, 1 skipped")
                .containsPattern("skipped \\S*news-poison\\.txt: not stored: \\S*Exception: .*NO_POISON");
        JsonNode json = new ObjectMapper().readTree(output.resolve("refuse/" + DATE + "/digest.json").toFile());
        assertThat(json.get("documentCount").asInt()).isEqualTo(49);
        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).get("path").asText()).endsWith("news-poison.txt");
        assertThat(json.get("skipped").get(0).get("reason").asText()).startsWith("not stored: ").contains("NO_POISON");
    }

    /** An ordinary news article, its words its own (so no two are copies). */
    private static void article(Path file, int n) throws Exception {
        Files.createDirectories(file.getParent());
        String town = "Town" + Integer.toString(n * 7919 + 104_729, 36);
        Files.writeString(file, """
                title: %1$s council votes on bridge %2$d

                The council of %1$s voted on Tuesday to rebuild bridge number %2$d over the river.
                Engineers said the old structure had been closed to lorries for %3$d months.
                The work will cost %4$d million and should be finished within two years.
                Residents of %1$s welcomed the decision but asked for a temporary crossing.
                """.formatted(town, n, n + 3, n * 2 + 5));
    }

    private static String title(JsonNode json, String path) {
        for (JsonNode story : json.get("stories")) {
            for (JsonNode d : story.get("documents")) {
                if (d.get("path").asText().equals(path)) {
                    return d.get("title").asText();
                }
            }
        }
        throw new AssertionError("no document " + path);
    }

    private Path job(String name) throws Exception {
        return Files.writeString(dir.resolve(name + ".yml"), """
                name: %s
                title: "Isolation {date}"
                sources: ["%s"]
                window: new
                summary: { sentences: 2 }
                digest: { max-stories: 200 }
                output: { dir: "%s" }
                """.formatted(name, docs, output));
    }
}
