package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daybrief.deliver.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill over a generated archive is killed with SIGKILL half-way, then run again: every document must end up
 * in exactly one digest, the one of its own day, and no digest file may be left half-written.
 */
class KillAndResumeTest {

    private static final int DOCUMENTS = 3000;
    private static final int DAYS = 30;
    private static final LocalDate FIRST = LocalDate.of(2025, 8, 1);
    private static final Pattern PROGRESS = Pattern.compile(": (\\d+) documents \\(");
    private static final String[] WORDS = ("harbour council budget railway museum strike hospital school election "
            + "river bridge factory airport festival library court police market energy water housing farm "
            + "storm bank tram port mayor union doctor teacher").split(" ");

    @TempDir
    Path dir;

    @Test
    void killedBackfillResumesAndPutsEveryDocumentInExactlyOneDigestOfItsDay() throws Exception {
        Map<String, LocalDate> expected = generateArchive(dir.resolve("archive"));
        Path job = Files.writeString(dir.resolve("archive.yml"), """
                name: archive
                sources: [%s]
                window: by-date
                digest: { max-stories: 10000 }
                output: { dir: %s, formats: [json, html] }
                """.formatted(dir.resolve("archive"), dir.resolve("out")));

        Process first = start(job);
        long seen = waitForProgress(first, 500);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no clean-up
        assertThat(seen).as("killed while reading").isBetween(500L, (long) DOCUMENTS - 1);

        Process second = start(job);
        String output = drain(second);
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("COMPLETED");

        Map<String, Integer> counts = new HashMap<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = FIRST.plusDays(d);
            Path json = dir.resolve("out/archive/" + date + "/digest.json");
            assertThat(json).as("digest of " + date).exists();
            JsonNode digest = new ObjectMapper().readTree(json.toFile());
            for (JsonNode story : digest.get("stories")) {
                for (JsonNode doc : story.get("documents")) {
                    String name = doc.get("path").asText().replaceAll(".*/", "");
                    counts.merge(name, 1, Integer::sum);
                    assertThat(expected.get(name)).as(name + " is in the digest of its own day").isEqualTo(date);
                }
            }
        }
        List<String> missing = expected.keySet().stream().filter(name -> !counts.containsKey(name)).sorted().toList();
        assertThat(missing).as("documents in no digest; the resumed run printed:%n%s", output).isEmpty();
        assertThat(counts).hasSize(DOCUMENTS).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(1));
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            assertThat(files.filter(AtomicFiles::isTempFile).toList()).as("no half-written files").isEmpty();
        }
    }

    private Map<String, LocalDate> generateArchive(Path archive) throws Exception {
        Files.createDirectories(archive);
        Random random = new Random(42);
        Map<String, LocalDate> dates = new HashMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            LocalDate date = FIRST.plusDays(i % DAYS);
            String name = String.format("doc-%05d.txt", i);
            StringBuilder text = new StringBuilder("date " + date + "\n\nReport " + i + "\n\n");
            for (int s = 0; s < 6; s++) {
                text.append("Item ").append(i).append('.').append(s).append(" says the");
                for (int w = 0; w < 12; w++) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                text.append(". ");
            }
            Files.writeString(archive.resolve(name), text.append('\n').toString());
            dates.put(name, date);
        }
        return dates;
    }

    private Process start(Path job) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Ddaybrief.state-dir=" + dir.resolve("state"), "-Ddaybrief.progress-seconds=0",
                "org.daybrief.cli.Main", "backfill", "--job", job.toString(),
                "--from", FIRST.toString(), "--to", FIRST.plusDays(DAYS - 1).toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's progress lines until it reports at least {@code documents}; returns the last count. */
    private static long waitForProgress(Process p, long documents) throws Exception {
        AtomicLong last = new AtomicLong();
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            Matcher m = PROGRESS.matcher(line);
            if (m.find()) {
                last.set(Long.parseLong(m.group(1)));
                if (last.get() >= documents) {
                    return last.get();
                }
            }
        }
        throw new AssertionError("no progress past " + documents + " documents; last " + last.get());
    }

    private static String drain(Process p) throws Exception {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
