package org.daybrief.ingest;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipSplitReadOnlySeekableByteChannel;

/**
 * A zip split into parts ({@code a.z01}, {@code a.z02}, ..., and {@code a.zip} last, which holds the list of
 * entries): read as one archive from its {@code .zip}, so every entry is found whichever part holds it; the other
 * parts are not documents of their own.
 */
final class SplitZip {

    private static final Pattern PART = Pattern.compile("(?i)(.*)\\.z[0-9]{2,}");

    private SplitZip() {
    }

    /** Whether a {@code .zip} file has a first part ({@code .z01}) beside it. */
    static boolean hasParts(Path zip) {
        String name = zip.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return false;
        }
        String stem = name.substring(0, name.length() - 4);
        return Files.isRegularFile(zip.resolveSibling(stem + ".z01"))
                || Files.isRegularFile(zip.resolveSibling(stem + ".Z01"));
    }

    /** The parts and the {@code .zip} as one channel; fails when a part is missing. */
    static SeekableByteChannel open(Path zip) throws IOException {
        try {
            return ZipSplitReadOnlySeekableByteChannel.buildFromLastSplitSegment(zip);
        } catch (IOException | RuntimeException e) {
            throw new IOException("split archive, a part missing or damaged: " + e.getMessage(), e);
        }
    }

    /** The name of the {@code .zip} that a part ({@code a.z01}) belongs to, or null when it is none. */
    static String wholeOf(Path file) {
        Matcher part = PART.matcher(file.getFileName().toString());
        if (!part.matches()) {
            return null;
        }
        for (String zip : new String[] {part.group(1) + ".zip", part.group(1) + ".ZIP"}) {
            if (Files.isRegularFile(file.resolveSibling(zip))) {
                return zip;
            }
        }
        return null;
    }
}
