package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowAndBackfillTest {

    @TempDir
    Path dir;

    private Path docs;
    private Path output;

    @BeforeEach
    void setUp() {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        docs = dir.resolve("docs");
        output = dir.resolve("out");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
    }

    private Path jobFile(String window) throws Exception {
        return Files.writeString(dir.resolve("job.yml"), """
                name: w
                sources: [%s]
                window: %s
                digest: { max-stories: 1000 }
                output: { dir: %s, formats: [json, txt] }
                """.formatted(docs, window, output));
    }

    static String article(String topic, String date) {
        return "date " + date + "\n\n" + topic + " report\n\nThe " + topic + " committee met on " + date
                + " to review the " + topic + " plan. Members of the " + topic + " panel approved a new budget. "
                + "A spokesperson said the " + topic + " work would continue next month.\n";
    }

    private List<String> paths(String date) throws Exception {
        Path json = output.resolve("w/" + date + "/digest.json");
        List<String> out = new ArrayList<>();
        if (!Files.exists(json)) {
            return out;
        }
        JsonNode digest = new ObjectMapper().readTree(json.toFile());
        digest.get("stories").forEach(s -> s.get("documents").forEach(d -> out.add(d.get("path").asText())));
        return out;
    }

    @Test
    void windowNewPutsEachDocumentInExactlyOneDigestAcrossThreeDays() throws Exception {
        Path job = jobFile("new");
        TestFiles.text(docs, "a.txt", article("harbour", "2025-09-20"));
        TestFiles.text(docs, "b.txt", article("railway", "2025-09-21"));
        assertThat(CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-22").exitCode()).isZero();

        TestFiles.text(docs, "c.txt", article("library", "2025-09-22"));
        // The same text under another name is not new.
        TestFiles.text(docs, "a-copy.txt", article("harbour", "2025-09-20"));
        CliRunner day2 = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");
        assertThat(day2.exitCode()).isZero();

        CliRunner day3 = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-24");
        assertThat(day3.exitCode()).isZero();
        assertThat(day3.out()).contains("0 summarised");

        assertThat(paths("2025-09-22")).extracting(p -> p.replaceAll(".*/", "")).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(paths("2025-09-23")).extracting(p -> p.replaceAll(".*/", "")).containsExactly("c.txt");
        assertThat(paths("2025-09-24")).isEmpty();
        assertThat(Files.readString(output.resolve("w/2025-09-24/digest.txt"))).containsIgnoringCase("nothing new");
    }

    @Test
    void windowNewRunOfAnEarlierDateAfterALaterOneTakesNothingTheLaterDigestHas() throws Exception {
        Path job = jobFile("new");
        TestFiles.text(docs, "a.txt", article("harbour", "2025-09-20"));
        assertThat(CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-25").exitCode()).isZero();

        TestFiles.text(docs, "b.txt", article("railway", "2025-09-21"));
        CliRunner earlier = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-22");
        assertThat(earlier.exitCode()).as(earlier.err()).isZero();
        assertThat(earlier.out()).contains("1 summarised").contains("1 not in window");

        assertThat(paths("2025-09-25")).extracting(p -> p.replaceAll(".*/", "")).containsExactly("a.txt");
        assertThat(paths("2025-09-22")).extracting(p -> p.replaceAll(".*/", "")).containsExactly("b.txt");
    }

    @Test
    void backfillWritesOneDigestPerDayWithDocumentsAndListsEmptyDays() throws Exception {
        Path job = jobFile("by-date");
        String[] dates = {"2025-09-01", "2025-09-01", "2025-09-02", "2025-09-04", "2025-08-31"};
        String[] topics = {"harbour", "railway", "library", "airport", "museum"};
        for (int i = 0; i < dates.length; i++) {
            TestFiles.text(docs, topics[i] + ".txt", article(topics[i], dates[i]));
        }
        CliRunner result = CliRunner.run("backfill", "--job", job.toString(), "--from", "2025-09-01", "--to",
                "2025-09-04");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("4 summarised").contains("1 not in window")
                .contains("no documents, no digest: 2025-09-03");
        assertThat(paths("2025-09-01")).extracting(p -> p.replaceAll(".*/", ""))
                .containsExactlyInAnyOrder("harbour.txt", "railway.txt");
        assertThat(paths("2025-09-02")).extracting(p -> p.replaceAll(".*/", "")).containsExactly("library.txt");
        assertThat(paths("2025-09-04")).extracting(p -> p.replaceAll(".*/", "")).containsExactly("airport.txt");
        assertThat(output.resolve("w/2025-09-03")).doesNotExist();
        assertThat(output.resolve("w/2025-08-31")).doesNotExist();
        String index = Files.readString(output.resolve("w/index.html"));
        assertThat(index.indexOf("2025-09-04")).isLessThan(index.indexOf("2025-09-01")).isPositive();

        CliRunner again = CliRunner.run("backfill", "--job", job.toString(), "--from", "2025-09-01", "--to",
                "2025-09-04");
        assertThat(again.out()).contains("ALREADY_COMPLETE");
    }

    @Test
    void digestsBuiltSeveralDaysAtOnceAreByteForByteThoseBuiltOneDayAtATime() throws Exception {
        // Four days; each topic comes back on later days, so later digests mark updates from earlier ones.
        String[] topics = {"harbour", "railway", "library", "airport", "museum", "bridge"};
        for (int day = 1; day <= 4; day++) {
            for (int t = 0; t < 4; t++) {
                String topic = topics[(day + t) % topics.length];
                TestFiles.text(docs, topic + day + ".txt", article(topic, "2025-09-0" + day));
            }
        }
        for (String days : List.of("1", "3")) {
            System.setProperty("daybrief.state-dir", dir.resolve("state" + days).toString());
            System.setProperty("daybrief.digest-days", days);
            output = dir.resolve("out" + days);
            try {
                CliRunner result = CliRunner.run("backfill", "--job", jobFile("by-date").toString(), "--from",
                        "2025-09-01", "--to", "2025-09-04");
                assertThat(result.exitCode()).as(result.err()).isZero();
            } finally {
                System.clearProperty("daybrief.digest-days");
            }
        }
        for (int day = 1; day <= 4; day++) {
            for (String file : List.of("digest.json", "digest.txt")) {
                Path one = dir.resolve("out1/w/2025-09-0" + day + "/" + file);
                assertThat(Files.readString(dir.resolve("out3/w/2025-09-0" + day + "/" + file)))
                        .isEqualTo(Files.readString(one)).contains("report");
            }
        }
        assertThat(Files.readString(dir.resolve("out3/w/2025-09-04/digest.txt"))).contains("Update");
    }
}
