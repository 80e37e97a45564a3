package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.source.web.LoopbackWeb;
import org.daybrief.source.web.LoopbackWeb.Answer;
import org.daybrief.source.web.NewsFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's job, as a user runs it: an RSS feed (two full items, two teasers whose articles sit on pages wrapped in
 * site chrome), an Atom feed and a feed answering HTTP 500, all on a loopback server, through `daybrief run`.
 */
class FeedsEndToEndTest {

    @TempDir
    Path dir;

    private LoopbackWeb web;
    private Path output;
    private Path jobFile;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        web = new LoopbackWeb();
        String base = web.url("");
        web.serve("/rss.xml", Answer.ok("application/rss+xml; charset=utf-8", NewsFixtures.rss(base))
                .withHeader("ETag", "\"rss-1\""));
        web.serve("/atom.xml", Answer.ok("application/atom+xml", NewsFixtures.atom(base))
                .withHeader("Last-Modified", "Tue, 23 Sep 2025 09:00:00 GMT").withHeader("ETag", "\"atom-1\""));
        web.serve("/broken.xml", Answer.status(500));
        web.serve("/articles/harbour.html", Answer.ok("text/html; charset=utf-8",
                NewsFixtures.page("Dockworkers strike at Easthaven", NewsFixtures.HARBOUR)));
        web.serve("/articles/library.html", Answer.ok("text/html; charset=utf-8",
                NewsFixtures.page("Library reopens after renovation", NewsFixtures.LIBRARY)));
        output = dir.resolve("out");
        jobFile = Files.writeString(dir.resolve("feeds.yml"), """
                name: feeds
                title: "Feeds {date}"
                sources:
                  - %s
                  - %s
                  - %s
                window: new
                summary: { sentences: 2 }
                output: { dir: %s }
                web: { delay: 0s }
                """.formatted(web.url("/rss.xml"), web.url("/atom.xml"), web.url("/broken.xml"), output));
    }

    @AfterEach
    void tearDown() {
        web.close();
        System.clearProperty("daybrief.state-dir");
    }

    @Test
    void feedsTeasersAndABrokenFeedMakeOneDigestAndTheNextRunsAskPolitely() throws Exception {
        CliRunner first = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("7 read, 6 summarised, 1 skipped")
                .contains("skipped feed " + web.url("/broken.xml") + ": HTTP 500");
        Path day = output.resolve("feeds/2025-09-23");
        JsonNode json = new ObjectMapper().readTree(day.resolve("digest.json").toFile());
        List<JsonNode> documents = new ArrayList<>();
        json.get("stories").forEach(s -> s.get("documents").forEach(documents::add));
        assertThat(documents).extracting(d -> d.get("title").asText()).containsExactlyInAnyOrder(
                "Central bank holds rates", "Council approves tram extension", "Dockworkers strike at Easthaven",
                "Library reopens after renovation", "Wind farm opens offshore", "Floods force evacuations in Ashby");
        // The teasers' summaries come from the articles on their pages.
        JsonNode harbour = document(documents, "Dockworkers strike at Easthaven");
        assertThat(harbour.get("source").asText()).isEqualTo("Lakeside Courier");
        assertThat(harbour.get("summary")).hasSize(2);
        assertThat(harbour.get("summary")).allSatisfy(s -> assertThat(NewsFixtures.HARBOUR).contains(s.get("text").asText()));
        JsonNode library = document(documents, "Library reopens after renovation");
        assertThat(library.get("summary")).allSatisfy(s -> assertThat(NewsFixtures.LIBRARY).contains(s.get("text").asText()));
        assertThat(document(documents, "Wind farm opens offshore").get("source").asText()).isEqualTo("Coastal Times");
        // No site chrome anywhere; the broken feed is in the footer with its reason.
        for (String format : List.of("digest.html", "digest.md", "digest.txt", "digest.json")) {
            String text = Files.readString(day.resolve(format));
            for (String chrome : NewsFixtures.CHROME) {
                assertThat(text).as(format).doesNotContain(chrome);
            }
            assertThat(text).as(format).contains(web.url("/broken.xml")).contains("HTTP 500");
        }
        assertThat(json.get("skipped")).singleElement().satisfies(s -> {
            assertThat(s.get("path").asText()).isEqualTo("feed " + web.url("/broken.xml"));
            assertThat(s.get("reason").asText()).isEqualTo("HTTP 500");
        });

        CliRunner second = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-24");
        CliRunner third = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-25");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(third.exitCode()).as(third.err()).isZero();
        // Nothing new: every item was in the first digest, so none is shown again.
        assertThat(third.out()).contains("0 summarised").contains("6 not in window");
        // Feeds are asked for conditionally, and a 304 is honoured; no article page is fetched twice.
        assertThat(web.requests("/rss.xml")).hasSize(3);
        assertThat(web.requests("/rss.xml").subList(1, 3)).allSatisfy(r ->
                assertThat(r.header("If-None-Match")).isEqualTo("\"rss-1\""));
        assertThat(web.requests("/atom.xml").subList(1, 3)).allSatisfy(r -> {
            assertThat(r.header("If-None-Match")).isEqualTo("\"atom-1\"");
            assertThat(r.header("If-Modified-Since")).isEqualTo("Tue, 23 Sep 2025 09:00:00 GMT");
        });
        assertThat(web.requests("/articles/harbour.html")).hasSize(1);
        assertThat(web.requests("/articles/library.html")).hasSize(1);
        assertThat(web.requests()).isNotEmpty().allSatisfy(r ->
                assertThat(r.header("User-Agent")).startsWith("Daybrief/0.1.0"));
        // A feed failing three runs in a row is called out.
        assertThat(third.out()).contains("failing: " + web.url("/broken.xml")
                + " has failed 3 runs in a row (last: HTTP 500)");
    }

    @Test
    void anItemPublishedAgainIsNotShownTwiceAndOneWhoseWordsChangedIsAnUpdate() throws Exception {
        assertThat(CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-23").exitCode()).isZero();
        // The next day the feed carries the same items again (new dates, new ETag); one of them was corrected.
        String rss = NewsFixtures.rss(web.url("")).replace("Tue, 23 Sep 2025", "Wed, 24 Sep 2025")
                .replace("Two members of the rate committee voted for a cut of a quarter point",
                        "Three members of the rate committee voted for a cut of half a point");
        web.serve("/rss.xml", Answer.ok("application/rss+xml; charset=utf-8", rss).withHeader("ETag", "\"rss-2\""));

        CliRunner next = CliRunner.run("run", "--job", jobFile.toString(), "--date", "2025-09-24");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("1 summarised");
        JsonNode json = new ObjectMapper().readTree(output.resolve("feeds/2025-09-24/digest.json").toFile());
        assertThat(json.get("stories")).singleElement().satisfies(story -> {
            assertThat(story.get("title").asText()).isEqualTo("Central bank holds rates");
            assertThat(story.get("update").get("firstReported").asText()).isEqualTo("2025-09-23");
        });
        assertThat(Files.readString(output.resolve("feeds/2025-09-24/digest.txt")))
                .contains("Update: first reported 2025-09-23");
    }

    private static JsonNode document(List<JsonNode> documents, String title) {
        return documents.stream().filter(d -> d.get("title").asText().equals(title)).findFirst().orElseThrow();
    }
}
