package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePathTest {

    @Test
    void aFileKeepsItsWholeNameBangsIncluded() {
        SourcePath p = SourcePath.of("in/Breaking!/Wow! big.txt");
        assertThat(p.name()).isEqualTo("Wow! big.txt");
        assertThat(p.inArchive()).isFalse();
        assertThat(p).hasToString("in/Breaking!/Wow! big.txt");
    }

    @Test
    void anEntryIsNamedByItsLastPartAndShownAfterItsArchive() {
        SourcePath p = SourcePath.of("news!.zip").entry("../../x/a b.html").entry("inner\\c.txt");
        assertThat(p.entries()).containsExactly("../../x/a b.html", "inner\\c.txt");
        assertThat(p.name()).isEqualTo("c.txt");
        assertThat(p).hasToString("news!.zip!/../../x/a b.html!/inner\\c.txt");
        assertThat(SourcePath.of("a.zip").entry("/abs/x.txt").name()).isEqualTo("x.txt");
    }

    @Test
    void theFileOfAStoredPathIsTheFirstPartThatIsAFile() {
        assertThat(SourcePath.fileOf("Breaking!/news.zip!/a.txt", p -> p.equals("Breaking!/news.zip")))
                .isEqualTo("Breaking!/news.zip");
        // A folder named "Breaking!" is not a file: the path is a file of its own.
        assertThat(SourcePath.fileOf("Breaking!/a.txt", p -> false)).isEqualTo("Breaking!/a.txt");
        assertThat(SourcePath.fileOf("x.zip!/in.zip!/a.txt", List.of("x.zip")::contains)).isEqualTo("x.zip");
    }
}
