package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records each skipped document with its reason, for the run report and the digest footer. An unreadable
 * document has no date of its own: it is filed under the run's first date.
 */
class SkipRecorder implements SkipListener<SummarizeAhead.Summarizing, FiledSummary> {

    private final String job;
    private final LocalDate runDate;
    private final StateStore store;

    SkipRecorder(String job, LocalDate runDate, StateStore store) {
        this.job = job;
        this.runDate = runDate;
        this.store = store;
    }

    @Override
    public void onSkipInProcess(SummarizeAhead.Summarizing item, Throwable t) {
        String reason = t instanceof UnreadableDocumentException u ? u.getMessage() : "failed: " + oneLine(t);
        store.saveSkipped(job, runDate, new SkippedDocument(item.raw().path(), reason));
    }

    @Override
    public void onSkipInWrite(FiledSummary item, Throwable t) {
        store.saveSkipped(job, item.runDate(), new SkippedDocument(item.document().path(), "not stored: "
                + oneLine(t)));
    }

    /**
     * A failure on one line: its innermost cause's type and message (a database error's SQL state and column,
     * not the statement Spring wraps around it).
     */
    static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        int statement = message.indexOf("; SQL statement:"); // H2 appends the whole statement
        if (statement > 0) {
            message = message.substring(0, statement);
        }
        return (root.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
    }
}
