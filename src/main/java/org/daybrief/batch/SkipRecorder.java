package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records each skipped document with its reason, for the run report and the digest footer. An unreadable
 * document has no date of its own: it is filed under the run's first date.
 */
class SkipRecorder implements SkipListener<RawDocument, FiledSummary> {

    private final String job;
    private final LocalDate runDate;
    private final StateStore store;

    SkipRecorder(String job, LocalDate runDate, StateStore store) {
        this.job = job;
        this.runDate = runDate;
        this.store = store;
    }

    @Override
    public void onSkipInProcess(RawDocument item, Throwable t) {
        String reason = t instanceof UnreadableDocumentException u ? u.getMessage()
                : ("failed: " + t.getClass().getSimpleName() + ": " + t.getMessage()).replaceAll("\\s+", " ");
        store.saveSkipped(job, runDate, new SkippedDocument(item.path(), reason));
    }

    @Override
    public void onSkipInWrite(FiledSummary item, Throwable t) {
        store.saveSkipped(job, runDate, new SkippedDocument(item.document().path(), "not stored: " + t.getMessage()));
    }
}
