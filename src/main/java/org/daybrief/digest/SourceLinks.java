package org.daybrief.digest;

import java.nio.file.Path;

/**
 * Where a digest links each of its documents. How a link is written (a URL, a path relative to the digest's folder)
 * is the renderer's business ({@code render.RelativeLinks}); the assembler only asks.
 */
@FunctionalInterface
public interface SourceLinks {

    /** The link to the document from the digest written in {@code digestDir}, or "" for none. */
    String link(DocumentSummary document, Path digestDir);
}
