package org.daybrief.ingest;

import java.util.Locale;

/** Human-readable sizes for messages. */
public final class Sizes {

    private Sizes() {
    }

    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
