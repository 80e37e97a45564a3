package org.daybrief.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a run over its sources: documents done, the share of source bytes read, the rate and the time left.
 * On a terminal it redraws one status line after each chunk; elsewhere (logs, CI) it prints a plain line every
 * {@value #LOG_EVERY_SECONDS} seconds (system property {@code daybrief.progress-seconds}). Time left is estimated from bytes, since an archive's document count is
 * only known once it has been read.
 */
final class Progress implements ChunkListener<Object, Object> {

    private static final int LOG_EVERY_SECONDS = 10;
    /** Seconds between plain progress lines; a system property so tests and impatient users can shorten it. */
    private static final long LOG_EVERY_NANOS =
            Long.getLong("daybrief.progress-seconds", LOG_EVERY_SECONDS) * 1_000_000_000L;

    private final String job;
    private final PrintStream out;
    private final boolean terminal;
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile long totalBytes;
    private volatile int totalFiles;
    private volatile long started = System.nanoTime();
    private volatile long lastPrinted;
    private volatile boolean printedLine;

    Progress(String job, PrintStream out, boolean terminal) {
        this.job = job;
        this.out = out;
        this.terminal = terminal;
    }

    static Progress forConsole(String job) {
        return new Progress(job, System.err, System.console() != null);
    }

    void sources(int files, long bytes) {
        totalFiles = files;
        totalBytes = bytes;
        started = System.nanoTime();
        lastPrinted = started;
    }

    void documentRead() {
        documents.incrementAndGet();
    }

    void bytesRead(long bytes) {
        bytesDone.addAndGet(bytes);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (terminal || now - lastPrinted >= LOG_EVERY_NANOS) {
            lastPrinted = now;
            print(terminal ? "\r" : "", terminal ? "" : System.lineSeparator());
        }
    }

    void finish() {
        if (terminal && printedLine) {
            print("\r", System.lineSeparator());
        }
    }

    private void print(String prefix, String suffix) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        long docs = documents.get();
        long done = bytesDone.get();
        double share = totalBytes > 0 ? Math.min(1.0, (double) done / totalBytes) : 0;
        double bytesPerSecond = done / seconds;
        String left = share > 0 && bytesPerSecond > 0
                ? formatDuration((totalBytes - done) / bytesPerSecond) : "?";
        out.print(String.format(Locale.ROOT, "%s%s: %d documents (%d files, %.0f%%), %.0f docs/s, %s left   %s",
                prefix, job, docs, totalFiles, share * 100, docs / seconds, left, suffix));
        out.flush();
        printedLine = true;
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
