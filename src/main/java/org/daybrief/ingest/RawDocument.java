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
 * @param source   where it came from: a file, or the entries of archives that lead to it
 * @param file     the file to parse, when the document is a file of its own
 * @param bytes    the content, when the document came out of an archive or mailbox
 * @param modified the file's or entry's modification time: the date of last resort
 * @param failure  why the document cannot be read, when it cannot
 */
public record RawDocument(SourcePath source, Path file, byte[] bytes, Instant modified, String failure) {

    public RawDocument {
        Objects.requireNonNull(source, "source");
        modified = modified == null ? Instant.EPOCH : modified;
        int set = (file != null ? 1 : 0) + (bytes != null ? 1 : 0) + (failure != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of file, bytes, failure must be set for " + source);
        }
    }

    /** @param path the file as shown; taken whole, never split at a {@code !} */
    public static RawDocument ofFile(String path, Path file, Instant modified) {
        return new RawDocument(SourcePath.of(path), file, null, modified, null);
    }

    public static RawDocument ofBytes(SourcePath source, byte[] bytes, Instant modified) {
        return new RawDocument(source, null, bytes, modified, null);
    }

    /** @param path a file as shown; taken whole, never split at a {@code !} */
    public static RawDocument ofBytes(String path, byte[] bytes, Instant modified) {
        return ofBytes(SourcePath.of(path), bytes, modified);
    }

    public static RawDocument failed(SourcePath source, String reason) {
        return new RawDocument(source, null, null, null, reason);
    }

    /** @param path a file as shown; taken whole, never split at a {@code !} */
    public static RawDocument failed(String path, String reason) {
        return failed(SourcePath.of(path), reason);
    }

    /** The path as shown and stored ({@code seeds/a.txt}, {@code news.zip!/b.html}). */
    public String path() {
        return source.toString();
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
