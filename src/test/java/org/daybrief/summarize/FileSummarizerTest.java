package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSummarizerTest {

    @TempDir
    Path dir;

    @Test
    void resultsComeInInputOrderWhateverTheNumberOfWorkers() throws Exception {
        for (int i = 0; i < 40; i++) {
            // Documents of very different lengths finish out of order on several workers.
            TestFiles.text(dir, String.format("doc%02d.txt", i), ("Report " + i + " opens the day. The council met "
                    + "to discuss the budget. Members argued about roads. ").repeat(1 + (i % 7) * 20) + "\n");
        }
        Files.write(dir.resolve("doc05b.txt"), new byte[0]);

        List<String> one = new ArrayList<>();
        List<String> three = new ArrayList<>();
        FileSummarizer.Stats stats = run(1, one);
        run(3, three);

        assertThat(three).isEqualTo(one);
        assertThat(one).hasSize(41);
        assertThat(one.get(6)).startsWith("doc05b.txt skipped: empty file");
        assertThat(one.get(7)).startsWith("doc06.txt: ").contains("Report 6 opens the day.");
        assertThat(stats.done()).isEqualTo(40);
        assertThat(stats.skipped()).isEqualTo(1);
        assertThat(stats.bytes()).isEqualTo(sizeOfAll());
    }

    @Test
    void aSummaryNeedsASentenceOrAWord() {
        assertThatThrownBy(() -> new FileSummarizer.Length(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileSummarizer.Length(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesPutEachSentenceOnOneLine() {
        assertThat(FileSummarizer.lines(List.of("A sentence\n  that spans lines.", " Another. ")))
                .isEqualTo("A sentence that spans lines.\nAnother.\n");
    }

    private FileSummarizer.Stats run(int workers, List<String> seen) throws Exception {
        try (FileSummarizer files = new FileSummarizer(Summarizer.createRuleBased("default"),
                new FileSummarizer.Length(2, null), workers, ZoneId.of("UTC"))) {
            return files.summarize(new SourceScanner(dir).scan(List.of(".")), r -> seen.add(r.skipped()
                    ? r.source() + " skipped: " + r.failure()
                    : r.source() + ": " + FileSummarizer.lines(r.summary()).replace('\n', '|')));
        }
    }

    private long sizeOfAll() throws Exception {
        long total = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                total += Files.size(p);
            }
        }
        return total;
    }
}
