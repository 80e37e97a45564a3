package org.daybrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.Format;
import org.daybrief.summarize.ScoredSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestFilesTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 22);
    private static final DigestRenderer RENDERER = new DigestRenderer();

    @TempDir
    Path root;

    @Test
    void writesEveryRequestedFormatUnderJobAndDate() throws IOException {
        Path output = root.resolve("output");
        Files.createDirectory(output);
        DigestFiles files = new DigestFiles(output, RENDERER);
        Digest digest = digest("daily", "../../../etc/passwd");

        List<Path> written = files.write(digest, List.of(Format.HTML, Format.MARKDOWN, Format.TEXT, Format.JSON,
                Format.HTML));

        Path day = output.toAbsolutePath().resolve("daily").resolve("2025-09-22");
        assertThat(written).containsExactly(day.resolve("digest.html"), day.resolve("digest.md"),
                day.resolve("digest.txt"), day.resolve("digest.json"));
        assertThat(day.resolve("digest.md")).hasContent(RENDERER.markdown(digest));
        assertThat(day.resolve("digest.json")).hasContent(RENDERER.json(digest));
        // nothing but the four files and the hidden model, wherever the document claimed to live
        assertThat(allFiles(root)).containsExactlyInAnyOrder(
                "output/daily/2025-09-22/digest.html", "output/daily/2025-09-22/digest.md",
                "output/daily/2025-09-22/digest.txt", "output/daily/2025-09-22/digest.json",
                "output/daily/2025-09-22/.digest.json");
    }

    @Test
    void rerunRebuildsByteIdenticalFiles() throws IOException {
        DigestFiles files = new DigestFiles(root, RENDERER);
        Path html = files.write(digest("daily", "a.txt"), List.of(Format.HTML)).get(0);
        byte[] first = Files.readAllBytes(html);

        files.write(digest("daily", "a.txt"), List.of(Format.HTML));

        assertThat(Files.readAllBytes(html)).isEqualTo(first);
        assertThat(allFiles(root)).containsExactlyInAnyOrder("daily/2025-09-22/digest.html",
                "daily/2025-09-22/.digest.json");
    }

    @Test
    void theModelMailIsBuiltFromIsKeptHiddenWhateverTheFormats() throws IOException {
        DigestFiles files = new DigestFiles(root, RENDERER);
        Digest digest = digest("daily", "a.txt");

        List<Path> written = files.write(digest, List.of(Format.TEXT));

        Path day = root.toAbsolutePath().resolve("daily/2025-09-22");
        assertThat(written).containsExactly(day.resolve("digest.txt"));
        assertThat(day.resolve(DigestFiles.MODEL)).hasContent(RENDERER.json(digest));
        assertThat(day.resolve("digest.json")).doesNotExist();
    }

    @Test
    void digestJsonAndTheModelAreTheSameText() throws IOException {
        DigestFiles files = new DigestFiles(root, RENDERER);
        Digest digest = digest("daily", "a.txt");

        files.write(digest, List.of(Format.JSON, Format.MARKDOWN));

        Path day = root.toAbsolutePath().resolve("daily/2025-09-22");
        assertThat(day.resolve("digest.json")).hasContent(RENDERER.json(digest));
        assertThat(Files.readAllBytes(day.resolve(DigestFiles.MODEL)))
                .isEqualTo(Files.readAllBytes(day.resolve("digest.json")));
        assertThat(day.resolve("digest.md")).hasContent(RENDERER.render(digest, Format.MARKDOWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "..", ".", ".hidden", "a/b", "a\\b", "/abs", "", " daily", "daily ", "dä",
            "a\nb", "-rf", "_x"})
    void rejectsJobNamesThatAreNotPlainFolderNames(String job) {
        DigestFiles files = new DigestFiles(root, RENDERER);

        assertThatIllegalArgumentException().isThrownBy(() -> files.write(digest(job, "a.txt"), List.of(Format.TEXT)))
                .withMessageContaining("invalid job name");
        assertThat(root).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily", "tech-news", "eu_2025.v2", "A", "9"})
    void acceptsPlainJobNames(String job) {
        assertThat(DigestFiles.requireValidJobName(job)).isEqualTo(job);
        assertThat(new DigestFiles(root, RENDERER).digestDirectory(job, DATE))
                .isEqualTo(root.toAbsolutePath().resolve(job).resolve("2025-09-22"));
    }

    @Test
    void refusesAJobFolderThatIsASymlinkOutOfTheOutputFolder() throws IOException {
        Path output = Files.createDirectory(root.resolve("output"));
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        Files.createSymbolicLink(output.resolve("daily"), elsewhere);
        DigestFiles files = new DigestFiles(output, RENDERER);

        assertThatIOException().isThrownBy(() -> files.write(digest("daily", "a.txt"), List.of(Format.TEXT)))
                .withMessageContaining("outside the output folder");
        assertThat(allFiles(elsewhere)).isEmpty();
    }

    @Test
    void archiveListsEveryDigestOnDiskNewestFirst() throws IOException {
        DigestFiles files = new DigestFiles(root, RENDERER);
        files.write(digest("daily", "a.txt", DATE.minusDays(1), "Yesterday's story"), List.of(Format.JSON));
        files.write(digest("daily", "b.txt", DATE, "Today's story"), List.of(Format.HTML, Format.JSON));
        files.write(digest("weekly", "c.txt", DATE, "Other job"), List.of(Format.JSON));
        Files.createDirectories(root.resolve("daily").resolve("not-a-date"));

        List<Path> written = files.writeArchive("daily", "Daily digest", null);

        assertThat(written).containsExactly(root.toAbsolutePath().resolve("daily/index.html"),
                root.toAbsolutePath().resolve("daily/feed.atom"));
        assertThat(files.archivedEntries("daily")).extracting(e -> e.date().toString())
                .containsExactly("2025-09-22", "2025-09-21");
        String index = Files.readString(written.get(0));
        assertThat(index).contains("href=\"2025-09-22/digest.html\"").contains("href=\"2025-09-21/digest.html\"")
                .contains("Today&#39;s story").doesNotContain("Other job");
        assertThat(index.indexOf("2025-09-22/")).isLessThan(index.indexOf("2025-09-21/"));
        String feed = Files.readString(written.get(1));
        assertThat(feed).contains("<title>Daily digest</title>").doesNotContain("Other job");
        assertThat(feed.split("<entry>", -1)).hasSize(3); // two entries
    }

    @Test
    void archiveNamesABrokenDigestJson() throws IOException {
        DigestFiles files = new DigestFiles(root, RENDERER);
        Path day = files.createDirectory("daily", DATE);
        Files.writeString(day.resolve("digest.json"), "{ truncated");

        assertThatIOException().isThrownBy(() -> files.writeArchive("daily", "Daily", null))
                .withMessageContaining(day.resolve("digest.json").toString());
    }

    private static Digest digest(String job, String path) {
        return digest(job, path, DATE, "Title");
    }

    private static Digest digest(String job, String path, LocalDate date, String title) {
        DigestDocument d = new DigestDocument(path, title, date, "Source", path, "en", false,
                List.of(new ScoredSentence(0, "A sentence.", 0.5, java.util.Map.of())));
        return new Digest(job, date, "Daily", List.of(new Story(title, d.summary(), List.of(d))), List.of());
    }

    private static List<String> allFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
