package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.daybrief.ingest.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad configuration stops {@code daybrief run} before any work, with exit code 2 and a message naming the file,
 * the key and the fix; a write that fails mid-run (a full disk) fails the run with exit code 1 and leaves the
 * previous digest as it was.
 */
class HostileConfigEndToEndTest {

    @TempDir
    Path dir;

    private Path docs;
    private Path output;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        docs = dir.resolve("docs");
        output = dir.resolve("out");
        TestFiles.text(docs, "port.txt", """
                date 2025-09-23

                Dockworkers strike at Easthaven

                Dockworkers at the Port of Easthaven walked off the job on Tuesday after pay talks collapsed.
                The union said its members would stay out until the port authority offered a seven percent raise.
                """);
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
    }

    /** Each case: a job file's text ({docs} and {out} filled in), then the key and words the message must name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing source folder | name: t\\nsources: [{docs}/nowhere/]\\noutput: { dir: {out} } | sources | does not exist | create it or correct the path
            output folder is a file | name: t\\nsources: [{docs}]\\noutput: { dir: {docs}/port.txt/out } | output.dir | is a file | move that file out of the way
            malformed job file | name: t\\nsources: [{docs}\\noutput: { dir: {out} } | (syntax) | not valid YAML at line | fix the YAML syntax
            bad cron | name: t\\nsources: [{docs}]\\nschedule: { cron: "0 7 * *" }\\noutput: { dir: {out} } | schedule.cron | not a valid cron expression | use 6 fields
            unknown time zone | name: t\\nsources: [{docs}]\\nschedule: { zone: Mars/Olympus }\\noutput: { dir: {out} } | schedule.zone | not a known time zone | use an IANA zone name
            bad limit | name: t\\nsources: [{docs}]\\noutput: { dir: {out} }\\nlimits: { max-file-size: huge } | limits.max-file-size | must be a size from 1B to 1TB | write it as e.g. 20MB
            key given twice | name: t\\nsources: [{docs}]\\nsummary: { sentences: 2 }\\noutput: { dir: {out} }\\nsummary: { words: 80 } | summary | given twice (lines 3 and 5) | keep one
            size that overflows | name: t\\nsources: [{docs}]\\noutput: { dir: {out} }\\nlimits: { max-file-size: 99999999999GB } | limits.max-file-size | must be a size from 1B to 1TB, got | write it as e.g. 20MB
            text size in bytes | name: t\\nsources: [{docs}]\\noutput: { dir: {out} }\\nlimits: { max-text-size: 2MB } | limits.max-text-size | counts characters of text | write a plain number of characters
            number out of range | name: t\\nsources: [{docs}]\\noutput: { dir: {out} }\\nsummary: { sentences: 99999999999 } | summary.sentences | must be a whole number from 1 to 50 | set it to e.g. 3
            """)
    void aConfigurationErrorStopsTheRunBeforeAnyWork(String label, String yaml, String key, String problem, String fix)
            throws Exception {
        Path job = Files.writeString(dir.resolve("job.yml"), yaml.replace("\\n", "\n")
                .replace("{docs}", docs.toString()).replace("{out}", output.toString()));

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.USAGE);
        assertThat(result.err().lines().filter(l -> !l.isBlank())).as("one line").hasSize(1);
        assertThat(result.err()).contains(job.toString() + ": " + key + ": ").contains(problem)
                .contains("(fix: ").contains(fix);
        assertThat(output).as("no work was done").doesNotExist();
        assertThat(dir.resolve("state")).as("not even the job database was opened").doesNotExist();
    }

    @Test
    void aJobDatabaseFolderThatCannotBeMadeIsAConfigurationErrorInOneLine() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the state folder's parent should be");
        System.setProperty("daybrief.state-dir", blocker.resolve("state").toString());
        Path job = Files.writeString(dir.resolve("job.yml"),
                "name: t\nsources: [" + docs + "]\noutput: { dir: " + output + " }\n");

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.USAGE);
        assertThat(result.err().lines().filter(l -> !l.isBlank())).as("one line").hasSize(1);
        assertThat(result.err()).contains("daybrief.state-dir: cannot make the job database's folder")
                .contains(blocker.resolve("state").toString()).contains("(fix: ")
                .contains("a file is in the way (" + blocker + ")").doesNotContain("Exception");
    }

    @Test
    void aWriteThatFailsMidRunFailsTheRunWithExitOneAndKeepsThePreviousDigest() throws Exception {
        Path job = Files.writeString(dir.resolve("job.yml"), """
                name: t
                sources: [%s]
                output: { dir: %s }
                """.formatted(docs, output));
        assertThat(CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23").exitCode()).isZero();
        Path day = output.resolve("t/2025-09-23");
        Map<String, byte[]> before = new HashMap<>();
        for (String f : List.of("digest.html", "digest.md", "digest.json")) {
            before.put(f, Files.readAllBytes(day.resolve(f)));
        }
        // The disk "fills up" at digest.txt: something the new file cannot be renamed over (a non-empty folder)
        // stands where it goes, so AtomicFiles's write of it fails after its temporary file was written.
        Files.delete(day.resolve("digest.txt"));
        Files.createDirectories(day.resolve("digest.txt"));
        Files.writeString(day.resolve("digest.txt/keep"), "in the way");

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23", "--force");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(Main.FAILED);
        assertThat(result.out()).contains("FAILED")
                .containsPattern(
                        "error: could not write \\S*digest\\.txt: a folder (that is not empty )?is in the way");
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertThat(Files.readAllBytes(day.resolve(e.getKey()))).as(e.getKey() + " intact")
                    .isEqualTo(e.getValue());
        }
        try (Stream<Path> left = Files.list(day)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
