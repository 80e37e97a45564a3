package org.daybrief.batch;

import java.time.LocalDate;
import java.util.Optional;
import org.daybrief.config.JobSettings;
import org.daybrief.ingest.SourceDocument;

/**
 * Decides which run date's digest a document belongs to, if any: the job's window applied to one run.
 *
 * <ul>
 *   <li>{@code new}: the run date, unless the digest of another date of this job already took the document (a
 *       rerun of the same date keeps it, so rebuilding a date is idempotent);</li>
 *   <li>{@code by-date} and backfill: the document's own date, when it falls inside the run's range.</li>
 * </ul>
 *
 * In a later edition of a date (a run of a date whose digest is already complete), a document already filed
 * for that date is not filed again: only what is new since the last edition is parsed into the store, and the
 * digest step rebuilds the date from everything filed for it.
 */
final class Filing {

    private final JobSettings job;
    private final LocalDate from;
    private final LocalDate to;
    private final StateStore store;
    private final boolean edition;

    Filing(JobSettings job, LocalDate from, LocalDate to, StateStore store, boolean edition) {
        this.job = job;
        this.from = from;
        this.to = to;
        this.store = store;
        this.edition = edition;
    }

    Optional<LocalDate> dateFor(SourceDocument doc) {
        Optional<LocalDate> date = windowDate(doc);
        return edition ? date.filter(d -> !store.isFiled(job.name(), d, doc.id())) : date;
    }

    /**
     * The summary, or null when in a later edition the document was filed meanwhile: {@link #dateFor} ran on a
     * worker thread ahead of the step, before the chunks stored since were committed (a second file with the same
     * words in a later chunk is then left out, as when its chunk began after those commits).
     */
    FiledSummary stillNew(FiledSummary filed) {
        boolean filedMeanwhile = edition && filed != null
                && store.isFiled(job.name(), filed.runDate(), filed.document().id());
        return filedMeanwhile ? null : filed;
    }

    private Optional<LocalDate> windowDate(SourceDocument doc) {
        if (job.window() == JobSettings.Window.NEW && from.equals(to)) {
            // Taken by another date's digest, earlier or later (a past date run after today's): not new here, so
            // each document is in one digest of the job.
            boolean takenElsewhere = store.firstSeen(job.name(), doc.id()).map(first -> !first.equals(from))
                    .orElse(false);
            return takenElsewhere ? Optional.empty() : Optional.of(from);
        }
        boolean inRange = !doc.date().isBefore(from) && !doc.date().isAfter(to);
        return inRange ? Optional.of(doc.date()) : Optional.empty();
    }
}
