package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill split over two worker processes (real JVMs) through RabbitMQ, its state in PostgreSQL, one worker
 * killed -9 in the middle of a partition: the request it held goes back to the queue and the other worker resumes
 * it, so the manager's first attempt completes; every document is stored and shown once, on its own date, and every
 * file written is byte for byte what a local backfill of the same archive writes.
 */
class RemoteBackfillTest {

    private static final int DAYS = 6;
    private static final int FILES = 360;
    private static final int ZIPPED = 120;
    private static final String FROM = "2025-06-01";
    private static final String TO = "2025-06-06";

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledMidPartitionLosesAndDuplicatesNothingAndTheDigestsAreThoseOfALocalBackfill() throws Exception {
        Map<String, LocalDate> documents = writeArchive(dir.resolve("in"));
        Path remoteJob = job("remote.yml", "out-remote");
        Path localJob = job("local.yml", "out-local");
        try (RemoteServices services = RemoteServices.create()) {
            List<String> remote = new ArrayList<>(services.jvmOptions());
            remote.add("-Ddaybrief.remote.partition-kb=64"); // about 120 documents a partition (4 at least)
            List<ChildDaybrief> children = new ArrayList<>();
            try {
                // The first worker makes the schema; the others start once it is there.
                ChildDaybrief doomed = start(children, remote, "worker");
                doomed.awaitLine(line -> line.contains("worker: ready"), 240);
                ChildDaybrief survivor = start(children, remote, "worker");
                ChildDaybrief manager = start(children, remote, "backfill", "--job", remoteJob.toString(),
                        "--from", FROM, "--to", TO, "--remote");
                ChildDaybrief local = start(children, List.of(), "backfill", "--job", localJob.toString(),
                        "--from", FROM, "--to", TO);

                // Mid-partition, with a chunk of it stored: its first progress line comes when 50 of its documents
                // are read, and the JobRepository says when the first chunk is committed.
                String progress = doomed.awaitLine(line -> line.matches("arch \\d+/\\d+: \\d+ documents.*"), 300);
                String held = progress.substring("arch ".length(), progress.indexOf(':'));
                awaitFirstCommit(services, held);
                doomed.kill();

                assertThat(manager.awaitExit(600)).as(String.join("\n", manager.output())).isZero();
                assertThat(String.join("\n", manager.output())).contains("arch " + FROM + " to " + TO + ": COMPLETED");
                // The report counts the chunks the killed worker committed too: each document once, by language.
                assertThat(languagesCounted(manager.output())).as(String.join("\n", manager.output()))
                        .isEqualTo(documents.size());
                assertThat(local.awaitExit(600)).as(String.join("\n", local.output())).isZero();
                // RabbitMQ gave the request the killed worker held to the other one, which completed it.
                survivor.awaitLine(line -> line.contains("documents " + held + " of") && line.contains("COMPLETED"),
                        60);

                survivor.stop();
                survivor.awaitExit(120); // 143: a JVM stopped by SIGTERM exits 128 + 15 whatever main returns
                assertThat(survivor.output()).as("stopped cleanly").anyMatch(line -> line.contains("stopping"))
                        .noneMatch(line -> line.contains("Exception"));
            } finally {
                children.forEach(ChildDaybrief::close);
            }

            assertThat(services.storedDocuments()).as("documents stored, distinct paths")
                    .containsExactly(documents.size(), documents.size());
            try (Connection db = services.connect(); Statement sql = db.createStatement()) {
                ResultSet partitions = sql.executeQuery("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION "
                        + "WHERE STEP_NAME LIKE 'summarizePartition:%' AND STATUS <> 'COMPLETED'");
                partitions.next();
                assertThat(partitions.getInt(1)).as("partitions not completed").isZero();
            }
        }

        Map<String, LocalDate> shown = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (int d = 1; d <= DAYS; d++) {
            LocalDate date = LocalDate.parse(FROM).plusDays(d - 1);
            JsonNode digest = json.readTree(dir.resolve("out-remote/arch/" + date + "/digest.json").toFile());
            for (JsonNode story : digest.get("stories")) {
                for (JsonNode doc : story.get("documents")) {
                    assertThat(shown.put(doc.get("path").asText(), date)).as("shown twice: " + doc.get("path"))
                            .isNull();
                }
            }
        }
        assertThat(shown).as("every document once, on its own date").isEqualTo(documents);
        assertSameFiles(dir.resolve("out-local/arch"), dir.resolve("out-remote/arch"));
    }

    @Test
    void aWorkerStoppedWithSigtermEndsItsPartitionAfterTheChunkAndTheSameCommandFinishesTheRun() throws Exception {
        Map<String, LocalDate> documents = writeArchive(dir.resolve("in"));
        Path remoteJob = job("remote.yml", "out-remote");
        String[] backfill = {"backfill", "--job", remoteJob.toString(), "--from", FROM, "--to", TO, "--remote"};
        try (RemoteServices services = RemoteServices.create()) {
            List<String> remote = new ArrayList<>(services.jvmOptions());
            remote.add("-Ddaybrief.remote.partition-kb=64");
            List<ChildDaybrief> children = new ArrayList<>();
            try {
                ChildDaybrief stopped = start(children, remote, "worker");
                ChildDaybrief other = start(children, remote, "worker");
                stopped.awaitLine(line -> line.contains("worker: ready"), 240);
                other.awaitLine(line -> line.contains("worker: ready"), 240);
                ChildDaybrief first = start(children, remote, backfill);
                String progress = stopped.awaitLine(line -> line.matches("arch \\d+/\\d+: \\d+ documents.*"), 300);
                stopped.stop();
                String held = progress.substring("arch ".length(), progress.indexOf(':'));
                stopped.awaitExit(120); // 143: a JVM stopped by SIGTERM exits 128 + 15 whatever main returns
                assertThat(stopped.output()).anyMatch(line -> line.contains("documents " + held + " of")
                        && line.contains(": STOPPED,")).noneMatch(line -> line.contains("Exception"));

                assertThat(first.awaitExit(600)).as(String.join("\n", first.output())).isEqualTo(Main.FAILED);
                assertThat(first.output()).anyMatch(line -> line.contains(": STOPPED in"));
                ChildDaybrief again = start(children, remote, backfill);
                assertThat(again.awaitExit(600)).as(String.join("\n", again.output())).isZero();
                assertThat(again.output()).anyMatch(line -> line.contains(": COMPLETED in"));
            } finally {
                children.forEach(ChildDaybrief::close);
            }
            assertThat(services.storedDocuments()).as("documents stored, distinct paths")
                    .containsExactly(documents.size(), documents.size());
        }
    }

    private ChildDaybrief start(List<ChildDaybrief> children, List<String> options, String... args)
            throws Exception {
        ChildDaybrief child = ChildDaybrief.start(dir.resolve("state-" + children.size()), dir, options, args);
        children.add(child);
        return child;
    }

    /** Waits until the partition a worker shows as {@code held} ("2/5") has committed a chunk and is still running. */
    private static void awaitFirstCommit(RemoteServices services, String held) throws Exception {
        int index = Integer.parseInt(held.substring(0, held.indexOf('/'))) - 1;
        String step = String.format("summarizePartition:p%05d", index);
        long deadline = System.nanoTime() + 120_000_000_000L;
        try (Connection db = services.connect(); PreparedStatement sql = db.prepareStatement(
                "SELECT STATUS, COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?")) {
            sql.setString(1, step);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = sql.executeQuery()) {
                    if (row.next()) {
                        assertThat(row.getString(1)).as(step + " still running").isEqualTo("STARTED");
                        if (row.getLong(2) > 0) {
                            return;
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError(step + ": no chunk committed in 120 s");
    }

    /** The total of the run report's line "languages: en 12, es 3", or -1 when it has none. */
    private static long languagesCounted(List<String> output) {
        return output.stream().map(String::trim).filter(line -> line.startsWith("languages: ")).findFirst()
                .map(line -> Stream.of(line.substring("languages: ".length()).split(", "))
                        .mapToLong(pair -> Long.parseLong(pair.substring(pair.lastIndexOf(' ') + 1))).sum())
                .orElse(-1L);
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> want = files(expected);
        assertThat(files(actual).stream().map(actual::relativize).map(Path::toString).toList())
                .isEqualTo(want.stream().map(expected::relativize).map(Path::toString).toList());
        for (Path p : want) {
            Path other = actual.resolve(expected.relativize(p).toString());
            assertThat(Files.mismatch(p, other)).as("byte-identical: " + expected.relativize(p)).isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private Path job(String file, String out) throws IOException {
        Path job = dir.resolve(file);
        Files.writeString(job, """
                name: arch
                title: "Archive – {date}"
                sources: [in/]
                window: by-date
                schedule: { cron: "0 0 7 * * *", zone: UTC }
                digest: { max-stories: 1000 }
                output: { dir: %s, formats: [html, md, txt, json] }
                """.formatted(out));
        return job;
    }

    /**
     * Dated news-like documents, spread over the days: most as files in a folder per day, some as members of a
     * zip (partitioned one by one, as files are). Each is distinct (its number is in its text). Returns each
     * document's path, as the digests show it, with its date.
     */
    private static Map<String, LocalDate> writeArchive(Path in) throws IOException {
        Map<String, LocalDate> documents = new TreeMap<>();
        Files.createDirectories(in);
        try (OutputStream zipFile = Files.newOutputStream(in.resolve("bundle.zip"));
                ZipOutputStream zip = new ZipOutputStream(zipFile)) {
            for (int i = 0; i < FILES + ZIPPED; i++) {
                LocalDate date = LocalDate.parse(FROM).plusDays(i % DAYS);
                String text = "date " + date + "\n\n" + article(i);
                if (i < FILES) {
                    Path file = in.resolve(String.format("%02d/a%03d.txt", i % DAYS + 1, i));
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, text);
                    documents.put("in/" + in.relativize(file).toString().replace('\\', '/'), date);
                } else {
                    String name = String.format("z%03d.txt", i);
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    documents.put("in/bundle.zip!/" + name, date);
                }
            }
        }
        return documents;
    }

    private static final String[] TOPICS = {"harbour strike", "tram extension", "steel mill", "flu vaccine",
        "reservoir drought", "film festival", "chip plant", "city budget", "airport runway", "flood wall"};
    private static final String[] PLACES = {"Riverton", "Kellford", "Dunmore", "Lindenau", "Westbrook"};

    private static String article(int i) {
        Random random = new Random(i);
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        StringBuilder text = new StringBuilder(place + " " + topic + " enters day " + (i % 17 + 2) + "\n\n");
        String[] sentences = {
            "Officials in " + place + " said the " + topic + " would shape the city's plans for the coming year.",
            "The council met on Tuesday to discuss the " + topic + " and heard from " + (20 + i % 40) + " residents.",
            "Local business owners warned that the " + topic + " could cost them " + (i % 9 + 1) + " million pounds.",
            "A spokesperson for the regional government declined to comment on the " + topic + ".",
            "Union leaders in " + place + " called for talks to resume before the end of the month.",
            "Analysts expect the " + topic + " to remain a central issue in next spring's elections.",
            "Report number " + i + " of the archive closes with a note from the editor."};
        for (String sentence : sentences) {
            if (random.nextInt(4) > 0 || sentence.startsWith("Report")) {
                text.append(sentence).append(' ');
            }
        }
        return text.toString().strip() + "\n";
    }
}
