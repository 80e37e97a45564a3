package org.daybrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One document before parsing: a file on disk, an archive entry's bytes, or a failure to even get at it.
 * Exactly one of {@code file}, {@code bytes} and {@code failure} is set.
 *
 * @param path     the display path ({@code seeds/a.txt}, {@code news.zip!/b.html})
 * @param file     the file to parse, when the document is a file of its own
 * @param bytes    the content, when the document came out of an archive or mailbox
 * @param modified the file's or entry's modification time: the date of last resort
 * @param failure  why the document cannot be read, when it cannot
 */
public record RawDocument(String path, Path file, byte[] bytes, Instant modified, String failure) {

    public RawDocument {
        Objects.requireNonNull(path, "path");
        modified = modified == null ? Instant.EPOCH : modified;
        int set = (file != null ? 1 : 0) + (bytes != null ? 1 : 0) + (failure != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of file, bytes, failure must be set for " + path);
        }
    }

    public static RawDocument ofFile(String path, Path file, Instant modified) {
        return new RawDocument(path, file, null, modified, null);
    }

    public static RawDocument ofBytes(String path, byte[] bytes, Instant modified) {
        return new RawDocument(path, null, bytes, modified, null);
    }

    public static RawDocument failed(String path, String reason) {
        return new RawDocument(path, null, null, null, reason);
    }

    public boolean isFailure() {
        return failure != null;
    }

    /** Size in bytes, without reading the content. */
    public long size() throws IOException {
        return bytes != null ? bytes.length : file != null ? Files.size(file) : 0;
    }

    InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }
}
