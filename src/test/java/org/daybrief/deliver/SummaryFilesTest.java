package org.daybrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daybrief.ingest.SourcePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFilesTest {

    @TempDir
    Path dir;

    @Test
    void namesKeepTheirCharacters() throws Exception {
        SummaryFiles files = new SummaryFiles(dir);
        assertThat(files.write(SourcePath.of("in/Wow! big.txt"), "a\n").name()).isEqualTo("Wow! big.txt");
        assertThat(files.write(SourcePath.of("in/Breaking!.txt"), "b\n").name()).isEqualTo("Breaking!.txt");
        assertThat(files.write(SourcePath.of("in/l'été \"chaud\".html"), "c\n").name())
                .isEqualTo("l'été \"chaud\".txt");
        assertThat(Files.readString(dir.resolve("Wow! big.txt"))).isEqualTo("a\n");
    }

    @Test
    void aTakenNameGetsANumberInWriteOrderAndNothingIsLost() throws Exception {
        SummaryFiles files = new SummaryFiles(dir);
        assertThat(files.write(SourcePath.of("in/a.html"), "1").name()).isEqualTo("a.txt");
        SummaryFiles.Written second = files.write(SourcePath.of("in/a.txt"), "2");
        assertThat(second).isEqualTo(new SummaryFiles.Written("a-2.txt", true));
        assertThat(files.write(SourcePath.of("in/x/A.txt"), "3").name()).isEqualTo("A-3.txt");
        assertThat(files.write(SourcePath.of("z.zip").entry("a.txt"), "4").name()).isEqualTo("a-4.txt");
        assertThat(files.write(SourcePath.of("in/a-2.txt"), "5").name()).isEqualTo("a-2-2.txt");
        assertThat(Files.readString(dir.resolve("a-4.txt"))).isEqualTo("4");
        try (var listed = Files.list(dir)) {
            assertThat(listed).hasSize(5);
        }
    }

    @Test
    void entriesThatPointOutsideAreWrittenInsideUnderTheirOwnName() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        SummaryFiles files = new SummaryFiles(out);
        assertThat(files.write(SourcePath.of("evil.zip").entry("../../escaped.txt"), "x").name())
                .isEqualTo("escaped.txt");
        assertThat(files.write(SourcePath.of("evil.zip").entry("/abs/x.txt"), "y").name()).isEqualTo("x.txt");
        assertThat(files.write(SourcePath.of("evil.zip").entry("a/.."), "z").name()).isEqualTo("document.txt");
        assertThat(files.write(SourcePath.of("evil.zip").entry("nul\0byte.txt"), "n").name())
                .isEqualTo("nul_byte.txt");
        try (var listed = Files.list(dir)) {
            assertThat(listed).containsExactly(out);
        }
    }

    @Test
    void aLongNameIsCutToWhatAFileSystemHolds() throws Exception {
        SummaryFiles files = new SummaryFiles(dir);
        String name = files.write(SourcePath.of("é".repeat(300) + ".txt"), "x").name();
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(name).startsWith("éé").endsWith("é.txt");
        assertThat(Files.exists(dir.resolve(name))).isTrue();
    }
}
