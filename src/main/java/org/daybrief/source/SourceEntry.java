package org.daybrief.source;

/**
 * One entry of a job's {@code sources:}, as the job file gives it and already validated: a local path
 * ({@link PathEntry}), a feed or web page ({@link WebEntry}), or another kind added beside them. Each kind is a
 * record of its own settings; {@link Sources#open} turns an entry that is not a path into a {@link Source}.
 */
public interface SourceEntry {

    /** The entry as the user wrote it (a path, glob or URL): how reports and messages name it. */
    String location();
}
