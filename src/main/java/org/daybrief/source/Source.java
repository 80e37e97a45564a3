package org.daybrief.source;

import org.daybrief.ingest.RawDocument;

/**
 * A source that is not a file on disk (a feed, a web page, a mailbox) as a stream of raw documents for the same
 * summarize step, skip policy and limits as files: each document is either bytes for Tika to parse, with the
 * path it is shown under, or a {@link RawDocument#failed failure} with its reason. A source that cannot be read at
 * all yields one failed document named after it ({@code feed http://…/broken.xml: HTTP 500}), so the run goes on.
 *
 * <p>The order of documents must be the same when a source is read again unchanged: a restarted run skips as many
 * documents as its last committed chunk had read. Not thread-safe: read by the step's one reader thread.
 */
public interface Source extends AutoCloseable {

    /** The next document, or null when there are no more. Never throws for bad input. */
    RawDocument next();

    /**
     * Called once the run has filed every document this source gave (its step completed), after {@link #close()}:
     * where a source keeps its place for the next run, or changes what it read (a mailbox marks or moves its
     * messages). Never called for a run that failed, so its restart reads the same documents again.
     */
    default void committed() {
    }

    @Override
    default void close() {
    }
}
