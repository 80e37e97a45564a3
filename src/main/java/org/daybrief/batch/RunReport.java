package org.daybrief.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daybrief.ingest.SkippedDocument;

/**
 * What a run did, printed at its end.
 *
 * @param job          the job's name
 * @param from         the run date, or the first date of a backfill
 * @param to           the same as {@code from} for a run, the last date of a backfill
 * @param status       COMPLETED, FAILED, STOPPED (asked to stop; the same command resumes it), or
 *                     ALREADY_COMPLETE for dates done before
 * @param read         documents read from the sources
 * @param summarised   documents summarised into a digest
 * @param outOfWindow  documents left out by the window (already in an earlier digest, or another date)
 * @param skipped      documents that could not be read, with reasons
 * @param copies       files with the words of another document (a copy, another format): named in the digest
 *                     beside that document
 * @param stories      stories in the digests written
 * @param emptyDays    days of a backfill without documents, so without a digest
 * @param stageTimes   time per stage
 * @param elapsed      wall time of the run
 * @param outputs      files written
 * @param failures     why the run failed, when it did
 * @param languages    summarised documents per language (ISO 639-1 code, or "und"), empty when not counted
 * @param failingSources sources (feeds, pages, mailboxes) that have failed several runs in a row, each a line
 *                     saying which, how many runs and the last reason
 * @param mail         what the deliver step did ({@code DeliveryReport.format()}: a count line, then a line per
 *                     subscriber not mailed before, e.g. {@code suppressed ana@example.org: unsubscribed 2025-09-22
 *                     (one-click)}), or empty when the run mailed nothing
 * @param storiesNotShown stories the digests counted but did not show, past the job's {@code max-stories}
 * @param resumed      when this run resumed one that failed or stopped: what that run had done and this one kept
 *                     (e.g. {@code the run that FAILED at 2025-09-23 07:00:04 had read 20 documents (20 summarised);
 *                     not read again}), else empty
 */
public record RunReport(String job, LocalDate from, LocalDate to, String status, long read, long summarised,
        long outOfWindow, List<SkippedDocument> skipped, int copies, int stories, List<LocalDate> emptyDays,
        Map<String, Duration> stageTimes, Duration elapsed, List<Path> outputs, List<String> failures,
        Map<String, Long> languages, List<String> failingSources, String mail, int storiesNotShown,
        String resumed) {

    public RunReport {
        failingSources = failingSources == null ? List.of() : List.copyOf(failingSources);
        mail = mail == null ? "" : mail;
        resumed = resumed == null ? "" : resumed;
    }

    /** A report of a run that mailed nothing and has no failing sources. */
    public RunReport(String job, LocalDate from, LocalDate to, String status, long read, long summarised,
            long outOfWindow, List<SkippedDocument> skipped, int copies, int stories, List<LocalDate> emptyDays,
            Map<String, Duration> stageTimes, Duration elapsed, List<Path> outputs, List<String> failures,
            Map<String, Long> languages) {
        this(job, from, to, status, read, summarised, outOfWindow, skipped, copies, stories, emptyDays, stageTimes,
                elapsed, outputs, failures, languages, List.of(), "", 0, "");
    }

    /** This report with the deliver step's lines. */
    RunReport withMail(String mailLines) {
        return new RunReport(job, from, to, status, read, summarised, outOfWindow, skipped, copies, stories,
                emptyDays, stageTimes, elapsed, outputs, failures, languages, failingSources, mailLines,
                storiesNotShown, resumed);
    }

    static RunReport alreadyComplete(String job, LocalDate from, LocalDate to, Duration elapsed, List<Path> outputs) {
        return new RunReport(job, from, to, "ALREADY_COMPLETE", 0, 0, 0, List.of(), 0, 0, List.of(), Map.of(), elapsed,
                outputs, List.of(), Map.of());
    }

    /** Not done: failed, or stopped before the end. */
    public boolean failed() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    /** A few readable lines. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        String dates = from.equals(to) ? from.toString() : from + " to " + to;
        sb.append(String.format(Locale.ROOT, "%s %s: %s in %.1f s%n", job, dates, status, elapsed.toMillis() / 1000.0));
        if ("ALREADY_COMPLETE".equals(status)) {
            sb.append("  complete already; left as it is (use --force to rebuild)\n");
        } else {
            sb.append(String.format(Locale.ROOT,
                    "  documents: %d read, %d summarised, %d skipped, %d %s, %d not in window; %d %s%s%n",
                    read, summarised, skipped.size(), copies, copies == 1 ? "copy" : "copies", outOfWindow, stories,
                    stories == 1 ? "story" : "stories", storiesNotShown == 0 ? ""
                            : " (" + storiesNotShown + " more not shown, past max-stories; named in digest.json)"));
            if (!resumed.isEmpty()) {
                // The counts above are this run's own: a resumed run of 20,000 documents may say "5 read".
                sb.append("  resumed: ").append(resumed).append('\n');
            }
            if (!languages.isEmpty()) {
                // most documents first, then by code: "languages: en 12, es 3"
                sb.append("  languages: ").append(String.join(", ", languages.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n');
            }
            for (SkippedDocument s : skipped) {
                sb.append("  skipped ").append(s.path()).append(": ").append(s.reason()).append('\n');
            }
            for (String f : failingSources) {
                sb.append("  failing: ").append(f).append('\n');
            }
            if (!emptyDays.isEmpty()) {
                sb.append("  no documents, no digest: ").append(String.join(", ",
                        emptyDays.stream().map(LocalDate::toString).toList())).append('\n');
            }
            if (!stageTimes.isEmpty()) {
                sb.append("  time:");
                stageTimes.forEach((stage, d) -> sb.append(String.format(Locale.ROOT, " %s %.2f s,", stage,
                        d.toNanos() / 1e9)));
                sb.setLength(sb.length() - 1);
                sb.append('\n');
            }
        }
        sb.append(mail); // each line indented and ended already
        if ("STOPPED".equals(status)) {
            sb.append("  stopped after its last committed chunk; run the same command to resume\n");
        }
        for (String f : failures) {
            sb.append("  error: ").append(f).append('\n');
        }
        // A date complete already is not written again: its files are named as they are, not as written.
        String verb = "ALREADY_COMPLETE".equals(status) ? "  digest " : "  wrote ";
        if (outputs.size() <= 8) {
            for (Path p : outputs) {
                sb.append(verb).append(p).append('\n');
            }
        } else {
            // A backfill writes many files: name the folders instead.
            java.util.Set<Path> folders = new java.util.TreeSet<>();
            outputs.forEach(p -> folders.add(p.getParent()));
            sb.append(verb).append(outputs.size()).append(" files in ").append(folders.size())
                    .append(" folders, ").append(folders.iterator().next()).append(" to ")
                    .append(((java.util.TreeSet<Path>) folders).last()).append('\n');
        }
        return sb.toString();
    }
}
