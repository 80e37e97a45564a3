package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager never waits forever: with no worker, a remote backfill gives up after its timeout with one line
 * saying what to do, and the same command, once a worker runs, completes it, each document stored once.
 */
class RemoteTimeoutTest {

    private static final int DOCUMENTS = 40;

    @TempDir
    Path dir;

    @Test
    void withNoWorkerTheManagerGivesUpSayingWhyAndTheSameCommandResumesOnceAWorkerRuns() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(in.resolve(String.format("r%02d.txt", i)), "date 2025-06-0" + (i % 3 + 1) + "\n\n"
                    + "Report " + i + " on the harbour\n\nThe harbour board met on Monday about berth " + i
                    + ". Dock workers asked for talks on shift number " + (i * 7) + ". The port said it would reply.\n");
        }
        Files.writeString(dir.resolve("job.yml"), """
                name: arch
                sources: [in/]
                window: by-date
                schedule: { cron: "0 0 7 * * *", zone: UTC }
                digest: { max-stories: 1000 }
                output: { dir: out, formats: [json] }
                """);
        String[] backfill = {"backfill", "--job", "job.yml", "--from", "2025-06-01", "--to", "2025-06-03", "--remote"};
        try (RemoteServices services = RemoteServices.create()) {
            List<String> options = new ArrayList<>(services.jvmOptions());
            options.addAll(List.of("-Ddaybrief.remote.timeout=3s", "-Ddaybrief.remote.poll=500ms"));
            try (ChildDaybrief alone = ChildDaybrief.start(dir.resolve("state"), dir, options, backfill)) {
                assertThat(alone.awaitExit(300)).as(String.join("\n", alone.output())).isEqualTo(Main.FAILED);
                assertThat(alone.output()).anyMatch(line -> line.contains("error: ")
                        && line.contains("partitions not finished after 3s; is a worker running (./daybrief worker")
                        && line.contains("Run the same command again to resume"));
            }
            try (ChildDaybrief worker = ChildDaybrief.start(dir.resolve("state"), dir, services.jvmOptions(),
                    "worker")) {
                worker.awaitLine(line -> line.contains("worker: ready"), 240);
                try (ChildDaybrief again = ChildDaybrief.start(dir.resolve("state"), dir, options.subList(0,
                        options.size() - 2), backfill)) {
                    assertThat(again.awaitExit(300)).as(String.join("\n", again.output())).isZero();
                    // Some of the first attempt's requests, still queued, may have run meanwhile: what they stored
                    // counts, and the rerun runs only the partitions not completed.
                    assertThat(again.output()).anyMatch(line -> line.contains("arch 2025-06-01 to 2025-06-03: "
                            + "COMPLETED"));
                }
            }
            assertThat(services.storedDocuments()).as("documents stored, distinct paths")
                    .containsExactly(DOCUMENTS, DOCUMENTS);
        }
        assertThat(dir.resolve("out/arch/2025-06-03/digest.json")).exists();
    }
}
