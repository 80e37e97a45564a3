package org.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.summarize.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelativeLinksTest {

    @TempDir
    Path work;

    private static DocumentSummary document(String path, String url) {
        return new DocumentSummary("id", path, "Title", LocalDate.of(2025, 9, 22), "", url,
                new Summary("en", false, 0, List.of()), "");
    }

    private String link(String path, String url) {
        return new RelativeLinks(work).link(document(path, url), work.resolve("output/daily/2025-09-22"));
    }

    @Test
    void theOriginalsUrlComesFirst() {
        assertThat(link("seeds/a.txt", "https://example.org/a")).isEqualTo("https://example.org/a");
    }

    @Test
    void aFileIsLinkedRelativeToTheDigestsFolder() {
        assertThat(link("seeds/a.txt", "")).isEqualTo("../../../seeds/a.txt");
    }

    @Test
    void anArchiveEntryLinksToItsArchive() throws Exception {
        Files.createDirectories(work.resolve("in"));
        Files.write(work.resolve("in/news.zip"), new byte[] {'P', 'K'});
        assertThat(link("in/news.zip!/2025/a.txt", "")).isEqualTo("../../../in/news.zip");
    }

    @Test
    void aDocumentReadFromAServerWithoutAUrlHasNoLink() {
        assertThat(link("imaps://mail.example.org/INBOX/17", "")).isEmpty();
    }

    @Test
    void aPathTheFileSystemCannotNameHasNoLink() {
        assertThat(link("seeds/a\u0000b.txt", "")).isEmpty();
    }
}
