package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.TestFiles;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSummarizerTest {

    @TempDir
    Path dir;

    @Test
    void eachSubFolderIsOneStoryInNameOrderAndUnreadableArticlesAreSkipped() throws Exception {
        TestFiles.text(dir.resolve("b-strike"), "1.txt", "Dockworkers strike\n\nDockworkers at the port walked out "
                + "on Tuesday after pay talks collapsed. The union wants a seven percent raise.\n");
        TestFiles.text(dir.resolve("b-strike"), "2.txt", "Port strike enters day two\n\nShips waited offshore on "
                + "Wednesday as the port strike entered its second day. Talks resume on Friday.\n");
        Files.write(dir.resolve("b-strike/3.txt"), new byte[0]);
        TestFiles.zip(dir.resolve("a-bridge"), "coverage.dat", Map.of("one.txt", "Bridge opens\n\nThe new river "
                + "bridge opened to traffic on Monday. Cyclists crossed first.\n"));
        List<SkippedDocument> skipped = new ArrayList<>();
        List<ClusterSummarizer.Cluster> clusters = new ArrayList<>();

        int done;
        try (ClusterSummarizer summarizer = new ClusterSummarizer(NlpModels.load(), 40, ZoneId.of("UTC"))) {
            done = summarizer.summarize(dir, skipped::add, clusters::add);
        }

        assertThat(done).isEqualTo(2);
        assertThat(clusters).extracting(ClusterSummarizer.Cluster::name).containsExactly("a-bridge", "b-strike");
        assertThat(clusters.get(0).sentences()).isNotEmpty()
                .allSatisfy(s -> assertThat(s).containsAnyOf("bridge", "Cyclists"));
        assertThat(String.join(" ", clusters.get(1).sentences())).contains("port").doesNotContain("bridge");
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.path()).endsWith("b-strike/3.txt");
            assertThat(s.reason()).contains("empty");
        });
    }
}
