package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.daybrief.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Only what the user can fix exits 2: a bug deep inside (here an IllegalArgumentException from a core record's
 * check) exits 1 with one line, and shows its stack trace only under {@code --debug}.
 */
class ExitCodesTest {

    /** A command with an internal bug: it builds a sentence whose end is before its start. */
    @Command(name = "buggy")
    static final class BuggyCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return new Sentence(7, 3).length();
        }
    }

    /** Daybrief's real command line, with the buggy command added beside the others. */
    private static CliRunner run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand(new BuggyCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    @Test
    void anIllegalArgumentFromDeepInsideIsAFailureInOneLineNotAUsageError() {
        CliRunner result = run("buggy");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.FAILED);
        assertThat(result.err()).isEqualTo("daybrief: failed: sentence offsets must satisfy 0 <= start <= end, "
                + "got start=7, end=3" + System.lineSeparator());
    }

    @Test
    void debugBeforeOrAfterTheCommandAddsTheStackTrace() {
        for (String[] args : new String[][] {{"--debug", "buggy"}, {"buggy", "--debug"}}) {
            CliRunner result = run(args);

            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(Main.FAILED);
            assertThat(result.err().lines().findFirst()).as(String.join(" ", args))
                    .contains("daybrief: failed: sentence offsets must satisfy 0 <= start <= end, got start=7, end=3");
            assertThat(result.err()).as(String.join(" ", args))
                    .contains("java.lang.IllegalArgumentException: sentence offsets")
                    .contains("at org.daybrief.text.Sentence.<init>")
                    .contains("at org.daybrief.cli.ExitCodesTest$BuggyCommand.call");
        }
    }

    @Test
    void aCommandLineTheUserCanFixExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path job = Files.writeString(dir.resolve("job.yml"), "name: t\nsources: [%s]\noutput: { dir: %s }\n"
                .formatted(dir, dir.resolve("out")));
        CliRunner swapped = CliRunner.run("backfill", "--job", job.toString(), "--from", "2025-09-02",
                "--to", "2025-09-01");
        assertThat(swapped.exitCode()).as(swapped.err()).isEqualTo(Main.USAGE);
        assertThat(swapped.err()).isEqualTo("daybrief: --to 2025-09-01 is before --from 2025-09-02 (fix: swap them)"
                + System.lineSeparator());

        CliRunner badSentences = CliRunner.run("summarize", "--sentences", "0", "x.txt");
        assertThat(badSentences.exitCode()).as(badSentences.err()).isEqualTo(Main.USAGE);
        assertThat(badSentences.err()).isEqualTo("daybrief: --sentences must be at least 1, got 0"
                + System.lineSeparator());

        CliRunner unknownOption = CliRunner.run("run", "--nope");
        assertThat(unknownOption.exitCode()).as("picocli's own option errors: " + unknownOption.err())
                .isEqualTo(Main.USAGE);
        CliRunner missingValue = CliRunner.run("run", "--date");
        assertThat(missingValue.exitCode()).as(missingValue.err()).isEqualTo(Main.USAGE);
    }
}
