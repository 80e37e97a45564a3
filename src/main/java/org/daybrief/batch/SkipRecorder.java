package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.springframework.batch.core.listener.SkipListener;

/** Records each skipped document with its reason, for the run report and the digest footer. */
class SkipRecorder implements SkipListener<RawDocument, DocumentSummary> {

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
                : "failed: " + t.getClass().getSimpleName() + ": " + t.getMessage();
        store.saveSkipped(job, runDate, new SkippedDocument(item.path(), reason));
    }

    @Override
    public void onSkipInWrite(DocumentSummary item, Throwable t) {
        store.saveSkipped(job, runDate, new SkippedDocument(item.path(), "not stored: " + t.getMessage()));
    }
}
