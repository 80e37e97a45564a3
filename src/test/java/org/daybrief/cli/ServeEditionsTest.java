package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with a cron that fires every ten seconds: a document that arrives between two firings is in that
 * day's digest after the next one, and a firing with nothing new leaves the digest byte for byte as it was.
 */
class ServeEditionsTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentAddedBetweenTwoFiringsIsInThatDaysDigest() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        report(docs, "bridge.txt", "Bridge closes for repairs",
                "The old river bridge closed on Monday for six weeks of repairs to its deck.");
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("news.yml"), """
                name: news
                sources: [%s]
                window: new
                schedule: { cron: "*/10 * * * * *", zone: UTC }
                output: { dir: %s, formats: [json, html] }
                """.formatted(docs, dir.resolve("out")));
        try (ChildDaybrief serve = ChildDaybrief.start(dir.resolve("state"), "serve", "--jobs-dir", jobs.toString())) {
            String first = serve.awaitLine(line -> line.contains("documents: "), 240);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Path json = dir.resolve("out/news/" + today + "/digest.json");
            assertThat(first).contains("1 summarised");
            assertThat(titles(json)).containsExactly("Bridge closes for repairs");

            report(docs, "ferry.txt", "Ferry runs while the bridge is shut",
                    "A free ferry will carry people across the river until the bridge reopens.");
            String next = serve.awaitLine(line -> line.contains("documents: ") && !line.contains("0 summarised"), 120);
            assertThat(next).contains("1 summarised").contains("1 not in window");
            assertThat(titles(json)).containsExactlyInAnyOrder("Bridge closes for repairs",
                    "Ferry runs while the bridge is shut");
            byte[] withBoth = Files.readAllBytes(json);

            String quiet = serve.awaitLine(line -> line.contains("documents: "), 60);
            assertThat(quiet).contains("0 summarised").contains("2 not in window");
            assertThat(Files.readAllBytes(json)).as("nothing new: the digest as it was").isEqualTo(withBoth);
        }
    }

    private static void report(Path docs, String name, String title, String sentence) throws Exception {
        Files.writeString(docs.resolve(name), title + "\n\n" + sentence + " Officials said traffic would be "
                + "diverted through the town centre. Shops near the river expect fewer customers until then.\n");
    }

    private static List<String> titles(Path json) throws Exception {
        List<String> titles = new ArrayList<>();
        for (JsonNode story : new ObjectMapper().readTree(json.toFile()).get("stories")) {
            for (JsonNode doc : story.get("documents")) {
                titles.add(doc.get("title").asText());
            }
        }
        return titles;
    }
}
