package org.daybrief.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.UnreadableDocumentException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Reads the raw documents and starts parsing and summarising each on the worker threads as soon as it is read, a
 * bounded number ahead of the step: the workers go on with the next documents while the step's thread stores a
 * chunk, where Spring Batch's own concurrent chunks leave them idle until the chunk is stored (and wait for a
 * chunk's slowest document). The step takes the documents in read order, so the stored order and the restart
 * state are those of one thread: a restart resumes after the last document of the last stored chunk, and the
 * documents begun ahead of it are read and summarised again.
 */
final class SummarizeAhead implements ItemStreamReader<SummarizeAhead.Summarizing> {

    /**
     * A document being summarised, in the order read; or, with no document, the reader's failure at that place,
     * which {@link #read} throws when the step gets there.
     */
    record Summarizing(RawDocument raw, Future<FiledSummary> result, Exception readFailure) {

        /**
         * The document's summary (null when it is outside the window), once the worker has it.
         *
         * @throws UnreadableDocumentException as the summarising threw it, and so any other failure of it
         */
        FiledSummary await() throws Exception {
            try {
                return result.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw (Error) e.getCause();
            }
        }
    }

    private final RawDocumentReader reader;
    private final ItemProcessor<RawDocument, FiledSummary> summarize;
    private final AsyncTaskExecutor workers;
    private final int ahead;
    private final Deque<Summarizing> begun = new ArrayDeque<>();
    /** The reader's count of the documents the step has taken (a failure in its place counts as one). */
    private int taken;
    /** The reader has said it has no more: asked again, it would count each asking as a document read. */
    private boolean ended;

    /** @param ahead documents begun and not yet taken by the step, at most */
    SummarizeAhead(RawDocumentReader reader, ItemProcessor<RawDocument, FiledSummary> summarize,
            AsyncTaskExecutor workers, int ahead) {
        this.reader = reader;
        this.summarize = summarize;
        this.workers = workers;
        this.ahead = ahead;
    }

    @Override
    public Summarizing read() throws Exception {
        while (!ended && begun.size() < ahead && (begun.isEmpty() || begun.peekLast().readFailure() == null)) {
            RawDocument raw;
            try {
                raw = reader.read();
            } catch (Exception e) {
                // Thrown to the step at this document's place, as the reader's own failure would have been.
                begun.add(new Summarizing(null, null, e));
                break;
            }
            if (raw == null) {
                ended = true;
                break;
            }
            begun.add(new Summarizing(raw, workers.submit(() -> summarize.process(raw)), null));
        }
        Summarizing next = begun.poll();
        if (next != null) {
            taken++;
            if (next.readFailure() != null) {
                throw next.readFailure();
            }
        }
        return next;
    }

    @Override
    public void open(ExecutionContext context) {
        reader.open(context);
        taken = reader.getCurrentItemCount();
        ended = false;
    }

    /**
     * The reader's state as if it had read no further than the documents the step has taken. Counted here, not
     * as the reader's count less the documents begun: the reader counts a read that found no more documents as one
     * more, and a restart from a count too high would pass over documents never stored.
     */
    @Override
    public void update(ExecutionContext context) {
        int read = reader.getCurrentItemCount();
        reader.setCurrentItemCount(taken);
        try {
            reader.update(context);
        } finally {
            reader.setCurrentItemCount(read);
        }
    }

    @Override
    public void close() {
        for (Summarizing s : begun) {
            if (s.result() != null) {
                s.result().cancel(false);
            }
        }
        begun.clear();
        reader.close();
    }
}
