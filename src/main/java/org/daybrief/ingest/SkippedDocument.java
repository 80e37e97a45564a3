package org.daybrief.ingest;

import java.util.Objects;

/** A document that could not be read, with a one-line reason a user can act on. */
public record SkippedDocument(String path, String reason) {

    public SkippedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        path = FieldLimits.path(path);
        reason = FieldLimits.reason(reason);
    }
}
