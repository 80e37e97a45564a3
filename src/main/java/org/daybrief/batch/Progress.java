package org.daybrief.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a run over its sources: documents done, the share of source bytes read, the rate and the time left.
 * On a terminal it redraws one status line four times a second; elsewhere (logs, CI) it prints a plain line every
 * {@value #LOG_EVERY_SECONDS} seconds (system property {@code daybrief.progress-seconds}; 0 prints every 50
 * documents). Time left is estimated from bytes, since an archive's document count is
 * only known once it has been read.
 */
final class Progress {

    private static final int LOG_EVERY_SECONDS = 10;
    private static final long TERMINAL_EVERY_NANOS = 250_000_000L;
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

    /** Counts a document read, and prints when a line is due: the reader calls it on the step's thread. */
    void documentRead() {
        long n = documents.incrementAndGet();
        long now = System.nanoTime();
        boolean due = terminal ? now - lastPrinted >= TERMINAL_EVERY_NANOS
                : LOG_EVERY_NANOS == 0 ? n % 50 == 0 : now - lastPrinted >= LOG_EVERY_NANOS;
        if (due) {
            lastPrinted = now;
            print(terminal ? "\r" : "", terminal ? "" : System.lineSeparator());
        }
    }

    void bytesRead(long bytes) {
        bytesDone.addAndGet(bytes);
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
        if (totalFiles == 0) { // feeds, pages, mailboxes only: their size is not known before they are read
            out.print(String.format(Locale.ROOT, "%s%s: %d documents, %.0f docs/s   %s", prefix, job, docs,
                    docs / seconds, suffix));
        } else {
            out.print(String.format(Locale.ROOT, "%s%s: %d documents (%d files, %.0f%%), %.0f docs/s, %s left   %s",
                    prefix, job, docs, totalFiles, share * 100, docs / seconds, left, suffix));
        }
        out.flush();
        printedLine = true;
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
