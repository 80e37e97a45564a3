package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneFileOfVerbatimSentencesPerInput() throws Exception {
        Path in = dir.resolve("in");
        String longText = """
                Storm closes coastal roads

                A winter storm closed three coastal roads on Monday, the highways agency said.
                Crews cleared fallen trees from the northern route by midday.
                Schools in two towns stayed shut as a precaution.
                Forecasters expect the wind to ease by Wednesday morning.
                Residents were told to avoid the seafront until the warning is lifted.
                """;
        TestFiles.text(in, "storm.txt", longText);
        TestFiles.text(in, "short.txt", "Only one sentence is here.\n");
        Path out = dir.resolve("out");

        CliRunner result = CliRunner.run("summarize", "--sentences", "3", "--out", out.toString(), in.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("storm.txt", "short.txt");
        }
        List<String> storm = Files.readAllLines(out.resolve("storm.txt"));
        assertThat(storm).hasSize(3).allSatisfy(line -> assertThat(longText).contains(line))
                .doesNotContain("Storm closes coastal roads");
        assertThat(Files.readAllLines(out.resolve("short.txt"))).containsExactly("Only one sentence is here.");
        assertThat(CliRunner.run("summarize", in.resolve("short.txt").toString()).err())
                .contains("summarised 1 document, skipped 0");
    }

    @Test
    void sameSummariesWithOneThreadAndTwo() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < 12; i++) {
            TestFiles.text(in, "doc" + i + ".txt", "Report number " + i + " opens here with a long first sentence."
                    + " The council met on day " + i + " to discuss the budget. Members argued about roads."
                    + " A vote is due next week. Officials expect a narrow result."
                    // 8 or more sentences: the default method's fitted model, not the short-document fallback
                    + " Residents wrote " + (i + 3) + " letters to the council. The mayor said the roads need work."
                    + " Two members asked for a new survey. The survey would cost " + (i * 1000) + " dollars."
                    + " A decision on the survey is due in spring.\n");
        }
        CliRunner one = CliRunner.run("summarize", "--threads", "1", in.toString());
        CliRunner two = CliRunner.run("summarize", "--threads", "2", in.toString());
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("== ").isEqualTo(two.out());
    }

    @Test
    void passesRepeatTheSameWorkAndReportEachPass() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < 3; i++) {
            TestFiles.text(in, "doc" + i + ".txt", "Report " + i + " opens with a first sentence here. The council met"
                    + " on day " + i + ". Members argued about roads. A vote is due next week.\n");
        }
        CliRunner once = CliRunner.run("summarize", in.toString());
        CliRunner thrice = CliRunner.run("summarize", "--passes", "3", "--stats", in.toString());
        assertThat(thrice.exitCode()).isZero();
        assertThat(thrice.err()).contains("pass 1: 3 docs", "pass 2: 3 docs", "pass 3: 3 docs")
                .doesNotContain("pass 4").contains("stats: 9 docs")
                .contains("parse ", "sentences ", "score ", "write ", "peak heap");
        assertThat(thrice.out()).isEqualTo(once.out() + once.out() + once.out());
        assertThat(CliRunner.run("summarize", "--passes", "0", in.toString()).exitCode()).isEqualTo(Main.USAGE);
    }

    @Test
    void aMissingInputIsAUsageErrorNamedBeforeAnyWork() throws Exception {
        Path in = dir.resolve("in");
        TestFiles.text(in, "a.txt", "A storm closed the coast road on Monday. Crews cleared it by noon.\n");
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("summarize", "--out", out.toString(), in.toString(),
                dir.resolve("typo").toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("INPUT " + dir.resolve("typo") + ": no such file or folder");
        assertThat(out.resolve("a.txt")).doesNotExist();
        // a glob that matches nothing today is not a mistake
        assertThat(CliRunner.run("summarize", dir.resolve("in/*.pdf").toString()).exitCode()).isZero();
    }

    @Test
    void outputNamesKeepTheirCharactersAndNoInputIsLostToACollision() throws Exception {
        Path in = dir.resolve("in");
        String text = "A storm closed the coast road on Monday. Crews cleared it by noon. Schools stayed open.\n";
        for (String name : List.of("Wow! big.txt", "Breaking!.txt", "l'été \"chaud\".txt", "a.txt", "a.html",
                "x/a.txt", "y/a.txt")) {
            Path file = in.resolve(name);
            TestFiles.text(file.getParent(), file.getFileName().toString(), text);
        }
        TestFiles.zip(in, "z.zip", java.util.Map.of("a.txt", text));
        Path out = dir.resolve("out");

        CliRunner first = CliRunner.run("summarize", "--threads", "2", "--out", out.toString(), in.toString());
        CliRunner again = CliRunner.run("summarize", "--threads", "1", "--out", dir.resolve("again").toString(),
                in.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        // Inputs in path order: a.html, a.txt, x/a.txt, y/a.txt, then the zip's entry.
        assertThat(names(out)).containsExactlyInAnyOrder("Wow! big.txt", "Breaking!.txt", "l'été \"chaud\".txt",
                "a.txt", "a-2.txt", "a-3.txt", "a-4.txt", "a-5.txt");
        assertThat(first.err()).contains("wrote " + in.resolve("y/a.txt") + " as a-4.txt")
                .contains("z.zip!/a.txt as a-5.txt");
        assertThat(names(dir.resolve("again"))).isEqualTo(names(out));
        assertThat(Files.readString(out.resolve("Wow! big.txt"))).contains("storm closed the coast road");
    }

    @Test
    void archiveEntriesNamedOutsideTheFolderAreOnlyShownNeverWrittenThere() throws Exception {
        Path in = dir.resolve("deep/er/in");
        java.util.Map<String, String> evil = new java.util.LinkedHashMap<>();
        evil.put("../../escaped.txt", "The first entry climbs out of the folder. It has a second sentence.\n");
        evil.put("/tmp/absolute.txt", "The second entry names an absolute path. It has a second sentence.\n");
        TestFiles.zip(in, "evil.zip", evil);
        TestFiles.tarGz(in, "evil.tar.gz", evil);
        Path out = dir.resolve("deep/er/out");

        CliRunner result = CliRunner.run("summarize", "--out", out.toString(), in.toString());
        CliRunner shown = CliRunner.run("summarize", in.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(names(out)).containsExactlyInAnyOrder("escaped.txt", "absolute.txt", "escaped-2.txt",
                "absolute-2.txt");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                    .allMatch(p -> p.startsWith("deep/er/in/") || p.startsWith("deep/er/out/"));
        }
        assertThat(Path.of("/tmp/absolute.txt")).doesNotExist();
        assertThat(shown.out()).contains("evil.zip!/../../escaped.txt", "evil.zip!//tmp/absolute.txt",
                "evil.tar.gz!/../../escaped.txt");
    }

    @Test
    void aZipNamedDatGivesOneSummaryPerEntry() throws Exception {
        Path in = dir.resolve("in");
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (String topic : List.of("harbour", "mill", "road")) {
            entries.put(topic + ".txt", "The " + topic + " made the news on Monday. People talked about the "
                    + topic + ". Officials said more on Tuesday.\n");
        }
        TestFiles.zip(in, "bundle.dat", entries);
        Path out = dir.resolve("out");

        CliRunner result = CliRunner.run("summarize", "--out", out.toString(), in.resolve("bundle.dat").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("summarised 3 documents, skipped 0");
        assertThat(names(out)).containsExactlyInAnyOrder("harbour.txt", "mill.txt", "road.txt");
        assertThat(Files.readString(out.resolve("mill.txt"))).contains("The mill made the news");
    }

    @Test
    void clustersWriteOneStorySummaryPerSubFolder() throws Exception {
        Path parent = dir.resolve("clusters");
        TestFiles.text(parent.resolve("harbour"), "1.txt", "Harbour reopens\n\nThe harbour reopened on Monday after "
                + "the storm. Fishing boats left at dawn. Staff cleared the debris overnight.\n");
        TestFiles.text(parent.resolve("mill"), "1.txt", "Mill closes\n\nThe old mill closed on Tuesday. Forty "
                + "people worked there. The owners blamed energy prices.\n");
        Path out = dir.resolve("out");

        CliRunner result = CliRunner.run("summarize", "--clusters", "--words", "30", "--out", out.toString(),
                parent.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("summarised 2 clusters, skipped 0 documents");
        assertThat(names(out)).containsExactly("harbour.txt", "mill.txt");
        assertThat(Files.readString(out.resolve("mill.txt"))).contains("mill").doesNotContain("harbour");
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unknownMethodIsABadUsage() {
        CliRunner result = CliRunner.run("summarize", "--method", "magic", dir.toString());
        assertThat(result.exitCode()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("magic").contains("default");
    }
}
