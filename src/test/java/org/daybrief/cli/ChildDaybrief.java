package org.daybrief.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Daybrief's CLI in a JVM of its own, started from the test classpath: another OS process on the same state, as a
 * second terminal or a cron job would be. Its stdout and stderr are merged and read line by line as they come.
 */
final class ChildDaybrief implements AutoCloseable {

    private static final String EOF = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildDaybrief(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // The process was killed: what it printed so far is all there is.
            }
            lines.add(EOF);
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code org.daybrief.cli.Main args} with its state in {@code stateDir}. */
    static ChildDaybrief start(Path stateDir, String... args) throws Exception {
        return start(stateDir, null, List.of(), args);
    }

    /**
     * As {@link #start(Path, String...)}, in working folder {@code workDir} (null: this one's), with more JVM
     * options (system properties: remote settings, say).
     */
    static ChildDaybrief start(Path stateDir, Path workDir, List<String> jvmOptions, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Ddaybrief.state-dir=" + stateDir, "-Ddaybrief.progress-seconds=0", "-Ddaybrief.threads=1"));
        command.addAll(jvmOptions);
        command.add("org.daybrief.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        return new ChildDaybrief(builder.start());
    }

    /** Reads lines until one matches; fails naming what was printed when the process ends or time runs out first. */
    String awaitLine(Predicate<String> wanted, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                break;
            }
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no such line; the process printed:\n" + String.join("\n", seen));
    }

    /** Waits for the process to end and returns its exit code; {@link #output()} then holds all it printed. */
    int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + seconds + " s:\n" + String.join("\n", seen));
        }
        for (String line; !(line = lines.take()).equals(EOF); ) {
            seen.add(line);
        }
        lines.add(EOF);
        return process.exitValue();
    }

    /** Every line read so far. */
    List<String> output() {
        return List.copyOf(seen);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the process ends at once, as on a lost host (nothing of it runs: no hook, no last commit). */
    void kill() throws Exception {
        new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start().waitFor();
        process.waitFor();
    }

    /**
     * SIGTERM, as a service manager would stop it. Sent with {@code kill}: {@link Process#destroy()} also closes
     * this side of the child's output, and what it prints while stopping would be lost.
     */
    void stop() throws Exception {
        new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
