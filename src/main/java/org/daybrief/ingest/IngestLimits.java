package org.daybrief.ingest;

import java.time.Duration;

/**
 * Bounds that keep one bad input from taking a run down.
 *
 * @param maxFileBytes         a file (or archive entry) larger than this is skipped as "too large"
 * @param maxTextChars         extracted text is cut at this many characters (Tika's write limit)
 * @param maxNestingDepth      archives inside archives are opened this deep, no deeper
 * @param maxArchiveEntries    entries read from one archive or mailbox, at most
 * @param maxExpandedBytes     bytes expanded from one archive, at most (zip-bomb guard)
 * @param perDocumentTimeout   a document whose parsing takes longer is skipped as "timed out"
 */
public record IngestLimits(long maxFileBytes, int maxTextChars, int maxNestingDepth, int maxArchiveEntries,
        long maxExpandedBytes, Duration perDocumentTimeout) {

    public static final IngestLimits DEFAULTS = new IngestLimits(
            20L * 1024 * 1024, 2_000_000, 3, 100_000, 1024L * 1024 * 1024, Duration.ofSeconds(30));

    public IngestLimits {
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxNestingDepth < 0 || maxArchiveEntries <= 0
                || maxExpandedBytes <= 0 || perDocumentTimeout.isNegative() || perDocumentTimeout.isZero()) {
            throw new IllegalArgumentException("ingest limits must be positive: " + this);
        }
    }
}
