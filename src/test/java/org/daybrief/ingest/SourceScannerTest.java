package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a job's sources give, and why a link is read or not. */
class SourceScannerTest {

    @TempDir
    Path dir;

    @Test
    void aLinkLeadingOutOfTheSourcesIsSkippedNamingWhereItLeads() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("private")).resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(news.resolve("a.txt"), "An article.");
        Files.createSymbolicLink(news.resolve("notes.txt"), secret);
        Files.createSymbolicLink(news.resolve("climbs.txt"), Path.of("../private/passwd"));
        Files.createSymbolicLink(news.resolve("same.txt"), Path.of("a.txt"));

        Map<String, SourceFile> found = scan(List.of("news"));

        assertThat(found.get("news/notes.txt").file()).isNull();
        assertThat(found.get("news/notes.txt").failure())
                .isEqualTo("link outside the sources: -> " + secret.toRealPath());
        assertThat(found.get("news/climbs.txt").failure())
                .isEqualTo("link outside the sources: -> " + secret.toRealPath());
        assertThat(found.get("news/same.txt").failure()).isNull(); // inside the source: read as the file
        assertThat(found.get("news/same.txt").file()).isEqualTo(dir.resolve("news/same.txt"));
        assertThat(found.get("news/a.txt").failure()).isNull();
    }

    @Test
    void aLinkIntoAnotherSourceIsRead() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Path article = Files.writeString(other.resolve("b.txt"), "Another article.");
        Files.createSymbolicLink(news.resolve("b-link.txt"), article);

        assertThat(scan(List.of("news")).get("news/b-link.txt").failure()).startsWith("link outside the sources");
        assertThat(scan(List.of("news", "other/")).get("news/b-link.txt").failure()).isNull();
        assertThat(scan(List.of("news", "other/b.txt")).get("news/b-link.txt").failure()).isNull();
        assertThat(scan(List.of("news/*.txt", "other/*.txt")).get("news/b-link.txt").failure()).isNull();
    }

    @Test
    void aLinkNamedAsASourceIsReadWhereverItLeads() throws IOException {
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("private")).resolve("notes.txt"), "Mine.");
        Files.createSymbolicLink(dir.resolve("mine.txt"), secret);

        SourceFile named = scan(List.of("mine.txt")).get("mine.txt");

        assertThat(named.failure()).isNull(); // the user asked for this very file
        assertThat(named.file()).isEqualTo(dir.resolve("mine.txt"));
    }

    @Test
    void aBackslashIsPartOfAFileNameOnLinux() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("names")).resolve("back\\slash.txt"), "A name.");

        assertThat(scan(List.of("names")).keySet()).containsExactly("names/back\\slash.txt");
    }

    private Map<String, SourceFile> scan(List<String> sources) {
        return new SourceScanner(dir).scan(sources).stream()
                .collect(Collectors.toMap(SourceFile::displayPath, f -> f));
    }
}
