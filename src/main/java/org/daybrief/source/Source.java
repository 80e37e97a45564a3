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

    @Override
    default void close() {
    }
}
