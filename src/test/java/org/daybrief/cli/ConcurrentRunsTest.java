package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.daybrief.batch.RunLocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Several Daybrief processes on one state folder, as a user has them: a {@code serve} that stays up, a {@code run}
 * typed beside it, two cron entries that fire together. Each test starts real OS processes.
 */
class ConcurrentRunsTest {

    private static final String DATE = "2025-09-23";
    private static final int DOCUMENTS = 120;
    /** Enough that a run is still writing chunks for a while after its first (one chunk is 50 documents). */
    private static final int MANY_DOCUMENTS = 1000;
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w.$]+\\(|^Caused by: ");

    @TempDir
    Path dir;

    private int documents = DOCUMENTS;

    @Test
    void twoRunsOfTheSameJobAndDateStartedTogetherEachFinishWithoutAStackTrace() throws Exception {
        Path job = job("daily", "by-date");
        List<ChildDaybrief> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(ChildDaybrief.start(dir.resolve("state"), "run", "--job", job.toString(), "--date", DATE));
            }
            for (ChildDaybrief run : runs) {
                int code = run.awaitExit(300);
                List<String> output = run.output();
                assertThat(output).noneMatch(line -> STACK_FRAME.matcher(line).find());
                if (code != 0) {
                    assertThat(code).as(String.join("\n", output)).isEqualTo(Main.FAILED);
                    assertThat(output).hasSizeLessThanOrEqualTo(6);
                }
            }
        } finally {
            runs.forEach(ChildDaybrief::close);
        }
        assertThat(runs).anySatisfy(run -> assertThat(String.join("\n", run.output())).contains(": COMPLETED in"));
        assertThat(documentsIn("daily")).as("every document in the digest, once").hasSize(DOCUMENTS)
                .doesNotHaveDuplicates();
    }

    @Test
    void aRunWaitsWhileAnotherProcessHoldsItsDateAndNamesThatProcess() throws Exception {
        Path job = job("daily", "by-date");
        // This JVM opens the state first (so the child reaches it through H2's auto-server) and takes the lock of
        // (daily, DATE) as a run of it would.
        DriverManagerDataSource state = new DriverManagerDataSource(
                "jdbc:h2:file:" + dir.resolve("state") + "/daybrief;AUTO_SERVER=TRUE", "sa", "");
        try (Connection keepOpen = state.getConnection()) {
            RunLocks locks = new RunLocks(state);
            RunLocks.Held held = locks.take("digest/daily/" + DATE, "daily for " + DATE, line -> { });
            try (ChildDaybrief run = ChildDaybrief.start(dir.resolve("state"), "run", "--job", job.toString(),
                    "--date", DATE)) {
                String waiting = run.awaitLine(line -> line.contains("waiting"), 180);
                assertThat(waiting).isEqualTo("daybrief: daily for " + DATE + " is being run by "
                        + ProcessHandle.current().pid() + "@" + java.net.InetAddress.getLocalHost().getHostName()
                        + " since " + waiting.replaceAll(".* since ", "").replaceAll(";.*", "")
                        + "; waiting for it to finish");
                assertThat(Files.exists(dir.resolve("out/daily/" + DATE + "/digest.json")))
                        .as("nothing written while waiting").isFalse();
                held.close();
                assertThat(run.awaitExit(300)).as(String.join("\n", run.output())).isZero();
                assertThat(run.output()).anyMatch(line -> line.startsWith("daily " + DATE + ": COMPLETED"));
                // Nothing from the logging library's start (it replayed the preload threads' first log calls).
                assertThat(run.output()).noneMatch(line -> line.startsWith("SLF4J"));
            }
        }
        assertThat(documentsIn("daily")).hasSize(DOCUMENTS);
    }

    @Test
    void aRunOfAnotherJobWorksWhileServeIsUp() throws Exception {
        Path jobs = serveJobs();
        Path other = job("daily", "by-date");
        try (ChildDaybrief serve = ChildDaybrief.start(dir.resolve("state"), "serve", "--jobs-dir", jobs.toString());
             ChildDaybrief run = startWhenUp(serve, other)) {
            int code = run.awaitExit(300);
            assertThat(code).as(String.join("\n", run.output())).isZero();
            assertThat(run.output()).noneMatch(line -> STACK_FRAME.matcher(line).find())
                    .anyMatch(line -> line.startsWith("daily " + DATE + ": COMPLETED"));
            serve.stop();
            serve.awaitExit(120); // 143: a JVM stopped by SIGTERM exits 128 + 15 whatever main returns
            assertThat(serve.output()).noneMatch(line -> STACK_FRAME.matcher(line).find());
        }
        assertThat(documentsIn("daily")).hasSize(DOCUMENTS);
    }

    @Test
    void serveStoppedDuringARunBesideItWaitsForThatRunBeforeClosingTheDatabase() throws Exception {
        documents = MANY_DOCUMENTS;
        Path jobs = serveJobs();
        Path other = job("daily", "by-date");
        try (ChildDaybrief serve = ChildDaybrief.start(dir.resolve("state"), "serve", "--jobs-dir", jobs.toString());
             ChildDaybrief run = startWhenUp(serve, other)) {
            run.awaitLine(line -> line.startsWith("daily: 50 documents ("), 180); // writing its chunks
            serve.stop(); // serve opened the database file: the run reaches it through serve
            assertThat(serve.awaitLine(line -> line.contains("waiting for"), 60))
                    .startsWith("daybrief: waiting for digest/daily/" + DATE + " (run by " + run.pid() + "@");
            assertThat(run.awaitExit(300)).as(String.join("\n", run.output())).isZero();
            assertThat(run.output()).noneMatch(line -> STACK_FRAME.matcher(line).find())
                    .anyMatch(line -> line.startsWith("daily " + DATE + ": COMPLETED"));
            serve.awaitExit(120);
            assertThat(serve.output()).noneMatch(line -> STACK_FRAME.matcher(line).find());
        }
        assertThat(documentsIn("daily")).hasSize(MANY_DOCUMENTS);
    }

    /** A jobs folder for {@code serve} with one job that fires once a year: serve is up, and idle. */
    private Path serveJobs() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("yearly.yml"), """
                name: yearly
                sources: [%s]
                schedule: { cron: "0 0 0 1 1 *", zone: UTC }
                output: { dir: %s, formats: [json] }
                """.formatted(docs(), dir.resolve("out")));
        return jobs;
    }

    /** Starts a run of {@code job} once {@code serve} has the database open (it logs its jobs' next runs then). */
    private ChildDaybrief startWhenUp(ChildDaybrief serve, Path job) throws Exception {
        serve.awaitLine(line -> line.contains("yearly: next run"), 180);
        return ChildDaybrief.start(dir.resolve("state"), "run", "--job", job.toString(), "--date", DATE);
    }

    private Path job(String name, String window) throws Exception {
        return Files.writeString(dir.resolve(name + ".yml"), """
                name: %s
                sources: [%s]
                window: %s
                digest: { max-stories: 10000 }
                output: { dir: %s, formats: [json] }
                """.formatted(name, docs(), window, dir.resolve("out")));
    }

    /** {@link #documents} short reports dated {@value #DATE}, each about something else. */
    private Path docs() throws Exception {
        Path docs = dir.resolve("docs");
        if (Files.isDirectory(docs)) {
            return docs;
        }
        Files.createDirectories(docs);
        for (int i = 0; i < documents; i++) {
            Files.writeString(docs.resolve(String.format("report-%03d.txt", i)), """
                    date %s

                    Report %d on item %d

                    Inspectors counted %d crates of item %d at the north quay on Tuesday morning.
                    The harbour office said item %d would be moved to warehouse %d by Friday.
                    Traders expect the price of item %d to settle once warehouse %d reopens.
                    """.formatted(DATE, i, i, i * 7, i, i, i % 13, i, i % 13));
        }
        return docs;
    }

    /** The file names of the documents in the digest of {@code job} for {@value #DATE}, one per appearance. */
    private List<String> documentsIn(String job) throws Exception {
        JsonNode digest = new ObjectMapper().readTree(dir.resolve("out/" + job + "/" + DATE + "/digest.json").toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode story : digest.get("stories")) {
            for (JsonNode doc : story.get("documents")) {
                names.add(doc.get("path").asText().replaceAll(".*/", ""));
            }
        }
        return names;
    }
}
