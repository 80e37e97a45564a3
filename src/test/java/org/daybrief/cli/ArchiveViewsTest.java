package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's index page and Atom feed after a backfill, read back by a feed library as a feed reader would. */
class ArchiveViewsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
    }

    @Test
    void feedHasOneEntryPerDigestNewestFirstAndParsesWithRome() throws Exception {
        Path docs = dir.resolve("docs");
        TestFiles.text(docs, "a.txt", WindowAndBackfillTest.article("harbour", "2025-09-01"));
        TestFiles.text(docs, "b.txt", WindowAndBackfillTest.article("railway", "2025-09-02"));
        TestFiles.text(docs, "c.txt", WindowAndBackfillTest.article("library <b>&amp;</b> \"museum\"", "2025-09-03"));
        Path job = Files.writeString(dir.resolve("job.yml"), """
                name: feedtest
                title: "Town news {date}"
                sources: [%s]
                window: by-date
                output: { dir: %s }
                """.formatted(docs, dir.resolve("out")));
        CliRunner result = CliRunner.run("backfill", "--job", job.toString(), "--from", "2025-09-01", "--to",
                "2025-09-03");
        assertThat(result.exitCode()).as(result.err()).isZero();

        SyndFeed feed = new SyndFeedInput().build(new XmlReader(dir.resolve("out/feedtest/feed.atom").toFile()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Town news");
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle)
                .containsExactly("Town news 2025-09-03", "Town news 2025-09-02", "Town news 2025-09-01");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getUri()).isNotBlank();
            assertThat(e.getUpdatedDate()).isNotNull();
            assertThat(e.getLink()).endsWith("/digest.html");
        });
        assertThat(entries.stream().map(SyndEntry::getUri).distinct()).hasSize(3);

        String index = Files.readString(dir.resolve("out/feedtest/index.html"));
        assertThat(index).contains("2025-09-03/digest.html").contains("2025-09-01/digest.html")
                .doesNotContain("<b>&amp;</b>");
    }
}
