package org.daybrief.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Streams the documents of a list of source files, opening archives (zip, split zip, tar, and gzip, bzip2 or xz
 * of a file or a tar) and mailboxes (mbox)
 * so each entry or message is a document of its own; {@link ArchiveKind} tells them by name or content. Only one
 * archive entry is held in memory at a time, so an archive of any number of documents flows through in bounded
 * memory.
 *
 * <p>Nothing here throws for bad input: a file that cannot be opened, an entry that is too large or an
 * archive past its limits becomes a {@link RawDocument#failed failed} document, to be skipped with its reason.
 * Not thread-safe: one reader, one iterator.
 */
public final class RawDocuments implements Iterator<RawDocument>, Closeable {

    private final Deque<Cursor> stack = new ArrayDeque<>();
    private final IngestLimits limits;
    private RawDocument next;

    public RawDocuments(List<SourceFile> files, IngestLimits limits) {
        this(files, limits, f -> { });
    }

    /** @param onFile told of each source file as reading it starts, e.g. for progress */
    public RawDocuments(List<SourceFile> files, IngestLimits limits, Consumer<SourceFile> onFile) {
        this.limits = limits;
        stack.push(new FileCursor(files.iterator(), onFile));
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Cursor top = stack.peek();
            RawDocument candidate;
            try {
                candidate = top.next();
            } catch (LimitExceeded e) {
                candidate = RawDocument.failed(top.path, e.getMessage() + "; the rest of the "
                        + (top instanceof MboxCursor ? "mailbox" : "archive") + " was not read");
                closeQuietly(stack.pop());
            } catch (IOException | RuntimeException e) {
                candidate = RawDocument.failed(top.path, corrupt(top.kind, e));
                closeQuietly(stack.pop());
            }
            if (candidate == null) {
                closeQuietly(stack.pop());
            } else {
                next = expand(candidate);
            }
        }
        return next != null;
    }

    @Override
    public RawDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawDocument result = next;
        next = null;
        return result;
    }

    /** Opens archives and mailboxes in place; anything else is a document as it is. */
    private RawDocument expand(RawDocument doc) {
        if (doc.isFailure()) {
            return doc;
        }
        ArchiveKind kind = ArchiveKind.of(doc);
        if (kind == ArchiveKind.NONE) {
            return doc;
        }
        int depth = stack.size(); // the file cursor is depth 1
        if (depth > limits.maxNestingDepth()) {
            return RawDocument.failed(doc.source(), "archive nested too deep (more than "
                    + limits.maxNestingDepth() + " levels)");
        }
        try {
            if (doc.file() != null && Files.size(doc.file()) > limits.maxExpandedBytes()) {
                return RawDocument.failed(doc.source(), "too large: " + Sizes.megabytes(Files.size(doc.file()))
                        + " > " + Sizes.megabytes(limits.maxExpandedBytes()) + " limit");
            }
            stack.push(open(doc, kind));
            return null;
        } catch (IOException | RuntimeException e) {
            return RawDocument.failed(doc.source(), corrupt(kind, e));
        }
    }

    private Cursor open(RawDocument doc, ArchiveKind kind) throws IOException {
        if (kind == ArchiveKind.ZIP) {
            Cursor listed = openZipFile(doc);
            if (listed != null) {
                return listed;
            }
        }
        InputStream in = new BufferedInputStream(doc.open());
        try {
            if (kind.compressed()) {
                InputStream decompressed = kind.decompress(in);
                InputStream content = new BufferedInputStream(decompressed);
                String stored = decompressed instanceof GzipCompressorInputStream gzip
                        ? gzip.getMetaData().getFileName() : null;
                return ArchiveKind.isTar(content)
                        ? new ArchiveCursor(doc.source(), ArchiveKind.TAR, new TarArchiveInputStream(content))
                        : new CompressedCursor(doc.source(), kind, content, stored, doc.modified());
            }
            return switch (kind) {
                // A zip without its central directory (cut short): what its local headers still give.
                case ZIP -> new ArchiveCursor(doc.source(), kind, new ZipArchiveInputStream(in, "UTF-8", true, true));
                case TAR -> new ArchiveCursor(doc.source(), kind, new TarArchiveInputStream(in));
                case MBOX -> new MboxCursor(doc.source(), in, doc.modified());
                default -> throw new IllegalStateException("not an archive: " + doc.path());
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A zip read through its central directory, which lists every entry (so an entry that cannot be read is
     * named, not lost) with its name's encoding flag; the parts of a split zip ({@code .z01}, ...) beside it are
     * read with it. Null when there is no central directory to read (a zip cut short).
     */
    private Cursor openZipFile(RawDocument doc) throws IOException {
        boolean split = doc.file() != null && SplitZip.hasParts(doc.file());
        SeekableByteChannel channel = split ? SplitZip.open(doc.file()) : null; // a part missing: the whole is skipped
        try {
            if (channel == null) {
                channel = doc.file() == null ? new SeekableInMemoryByteChannel(doc.bytes())
                        : Files.newByteChannel(doc.file());
            }
            ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).setCharset(StandardCharsets.UTF_8)
                    .setUseUnicodeExtraFields(true).get();
            return new ZipFileCursor(doc.source(), zip);
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // read as a stream instead
            }
            if (split) {
                throw new IOException("split archive: " + e.getMessage(), e);
            }
            return null;
        }
    }

    private static String corrupt(ArchiveKind kind, Exception e) {
        return "corrupt " + FormatNames.ofExtension(kind.extension) + ": "
                + TikaExtractor.oneLine(String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        while (!stack.isEmpty()) {
            closeQuietly(stack.pop());
        }
    }

    private static void closeQuietly(Cursor c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing left to save
        }
    }

    /** A position inside one level: the file list, an archive or a mailbox. */
    private abstract static class Cursor implements Closeable {
        final SourcePath path;
        final ArchiveKind kind;
        private final Closeable input;

        Cursor(SourcePath path, ArchiveKind kind, Closeable input) {
            this.path = path;
            this.kind = kind;
            this.input = input;
        }

        /** The next document of this level, or null when the level is done. */
        abstract RawDocument next() throws IOException;

        @Override
        public final void close() throws IOException {
            input.close();
        }
    }

    private static final class FileCursor extends Cursor {
        private final Iterator<SourceFile> files;
        private final Consumer<SourceFile> onFile;

        FileCursor(Iterator<SourceFile> files, Consumer<SourceFile> onFile) {
            super(SourcePath.of("sources"), ArchiveKind.NONE, () -> { });
            this.files = files;
            this.onFile = onFile;
        }

        @Override
        RawDocument next() {
            if (!files.hasNext()) {
                return null;
            }
            SourceFile f = files.next();
            onFile.accept(f);
            if (f.failure() != null) {
                return RawDocument.failed(f.displayPath(), f.failure());
            }
            String whole = SplitZip.wholeOf(f.file());
            if (whole != null) {
                return RawDocument.failed(f.displayPath(), "a part of the split archive " + whole + ": read with it");
            }
            try {
                return RawDocument.ofFile(f.displayPath(), f.file(), Files.getLastModifiedTime(f.file()).toInstant());
            } catch (IOException e) {
                return RawDocument.failed(f.displayPath(), "cannot read: " + e.getMessage());
            }
        }

    }

    /** A level whose documents are entries, read within the archive's limits. */
    private abstract class EntriesCursor extends Cursor {
        private int entries;
        private long expanded;

        EntriesCursor(SourcePath path, ArchiveKind kind, Closeable input) {
            super(path, kind, input);
        }

        /** Counts an entry against the entry limit; a limit past which the archive is not read further. */
        final void count() throws LimitExceeded {
            if (++entries > limits.maxArchiveEntries()) {
                throw new LimitExceeded("too many entries: more than " + limits.maxArchiveEntries());
            }
        }

        final boolean none() {
            return entries == 0;
        }

        /** One entry's content, within the size of a file and what is left of the archive's expanded limit. */
        final RawDocument read(SourcePath entryPath, InputStream in, Instant modified) throws IOException {
            long room = Math.min(limits.maxFileBytes(), limits.maxExpandedBytes() - expanded);
            byte[] bytes = readAtMost(in, room);
            expanded += bytes.length;
            if (expanded > limits.maxExpandedBytes()) {
                throw zipBomb();
            }
            if (bytes.length > room) {
                // The rest of the entry is decompressed to get past it: count it against the expanded limit too,
                // so a single huge entry cannot make skipping it unbounded work.
                expanded += drain(in, limits.maxExpandedBytes() - expanded + 1);
                if (expanded > limits.maxExpandedBytes()) {
                    throw zipBomb();
                }
                return RawDocument.failed(entryPath, "too large: more than "
                        + Sizes.megabytes(limits.maxFileBytes()) + " limit");
            }
            return RawDocument.ofBytes(entryPath, bytes, modified);
        }

        private LimitExceeded zipBomb() {
            return new LimitExceeded("too large: expands past " + Sizes.megabytes(limits.maxExpandedBytes())
                    + " limit (zip bomb?)");
        }
    }

    private final class ArchiveCursor extends EntriesCursor {
        private final ArchiveInputStream<?> archive;
        private boolean reportedEmpty;

        ArchiveCursor(SourcePath path, ArchiveKind kind, ArchiveInputStream<?> archive) {
            super(path, kind, archive);
            this.archive = archive;
        }

        @Override
        RawDocument next() throws IOException {
            ArchiveEntry entry;
            do {
                entry = archive.getNextEntry();
            } while (entry != null && (entry.isDirectory() || isHidden(entry.getName())));
            if (entry == null) {
                if (none() && !reportedEmpty) {
                    reportedEmpty = true;
                    return RawDocument.failed(path, "corrupt " + FormatNames.ofExtension(kind.extension)
                            + ": no entries found (empty or not an archive)");
                }
                return null;
            }
            count();
            return read(path.entry(entry.getName()), archive, modified(entry));
        }
    }

    /**
     * A zip read by its central directory: every entry it lists is a document or skipped with its reason, and
     * the next entry is read whatever happened to this one.
     */
    private final class ZipFileCursor extends EntriesCursor {
        private final ZipFile zip;
        private final Iterator<ZipArchiveEntry> entries;
        private final Map<ZipArchiveEntry, String> names;

        ZipFileCursor(SourcePath path, ZipFile zip) {
            super(path, ArchiveKind.ZIP, zip);
            this.zip = zip;
            List<ZipArchiveEntry> listed = Collections.list(zip.getEntries()).stream()
                    .filter(e -> !e.isDirectory() && !isHidden(e.getName())).toList();
            this.names = ZipEntryNames.of(listed);
            this.entries = listed.iterator();
            if (listed.isEmpty()) {
                throw new IllegalArgumentException("no entries found (empty or not an archive)");
            }
        }

        @Override
        RawDocument next() throws IOException {
            if (!entries.hasNext()) {
                return null;
            }
            ZipArchiveEntry entry = entries.next();
            count();
            SourcePath entryPath = path.entry(names.get(entry));
            if (!zip.canReadEntryData(entry)) {
                return RawDocument.failed(entryPath, entry.getGeneralPurposeBit().usesEncryption() ? "encrypted"
                        : "not read: compression method " + methodName(entry.getMethod()) + " is not supported");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return read(entryPath, in, modified(entry));
            } catch (LimitExceeded e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                return RawDocument.failed(entryPath, corrupt(kind, e));
            }
        }
    }

    private static String methodName(int code) {
        ZipMethod method = ZipMethod.getMethodByCode(code);
        return method == null ? String.valueOf(code) : method.name();
    }

    private static Instant modified(ArchiveEntry entry) {
        return entry.getLastModifiedDate() == null ? Instant.EPOCH : entry.getLastModifiedDate().toInstant();
    }

    /** An mbox: messages start at lines beginning with "From " (at the start or after a blank line). */
    private final class MboxCursor extends Cursor {
        private final InputStream in;
        private final Instant modified;
        private int count;
        private boolean started;
        private boolean done;
        private byte[] pendingLine;

        MboxCursor(SourcePath path, InputStream in, Instant modified) {
            super(path, ArchiveKind.MBOX, in);
            this.in = in;
            this.modified = modified;
        }

        @Override
        RawDocument next() throws IOException {
            if (done) {
                return null;
            }
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            boolean previousBlank = true;
            while (true) {
                byte[] line = pendingLine != null ? pendingLine : readLine(in);
                pendingLine = null;
                if (line == null) {
                    done = true;
                    break;
                }
                boolean separator = previousBlank && startsWithFrom(line);
                if (separator) {
                    if (started && message.size() > 0) {
                        pendingLine = line;
                        break;
                    }
                    started = true;
                    previousBlank = false;
                    continue;
                }
                if (message.size() + line.length > limits.maxFileBytes()) {
                    throw new LimitExceeded("too large: message " + (count + 1) + " is larger than "
                            + Sizes.megabytes(limits.maxFileBytes()) + " limit");
                }
                message.write(line);
                previousBlank = line.length <= 2 && (line.length == 0 || line[0] == '\n' || line[0] == '\r');
            }
            if (message.size() == 0) {
                return null;
            }
            if (++count > limits.maxArchiveEntries()) {
                throw new LimitExceeded("too many messages: more than " + limits.maxArchiveEntries());
            }
            return RawDocument.ofBytes(path.entry(String.format(Locale.ROOT, "message-%05d.eml", count)),
                    message.toByteArray(), modified);
        }

    }

    /** A compressed file (not a tar): one document, the file it holds, itself opened again if an archive. */
    private final class CompressedCursor extends Cursor {
        private final InputStream content;
        private final String entryName;
        private final Instant modified;
        private boolean done;

        /** @param storedName the file name the gzip header holds, or null */
        CompressedCursor(SourcePath path, ArchiveKind kind, InputStream content, String storedName,
                Instant modified) {
            super(path, kind, content);
            this.content = content;
            this.modified = modified;
            this.entryName = storedName != null && !storedName.isBlank() ? storedName
                    : ArchiveKind.decompressedName(path.name());
        }

        @Override
        RawDocument next() throws IOException {
            if (done) {
                return null;
            }
            done = true;
            SourcePath entryPath = path.entry(entryName);
            long room = Math.min(limits.maxFileBytes(), limits.maxExpandedBytes());
            byte[] bytes = readAtMost(content, room);
            if (bytes.length > room) {
                return RawDocument.failed(entryPath, "too large: more than " + Sizes.megabytes(room) + " limit");
            }
            return RawDocument.ofBytes(entryPath, bytes, modified);
        }

    }

    private static boolean startsWithFrom(byte[] line) {
        return line.length >= 5 && line[0] == 'F' && line[1] == 'r' && line[2] == 'o' && line[3] == 'm'
                && line[4] == ' ';
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 && b == -1 ? null : line.toByteArray();
    }

    /** A limit that stops reading an archive or mailbox; the message is the user's reason as it is. */
    private static final class LimitExceeded extends IOException {
        LimitExceeded(String reason) {
            super(reason);
        }
    }

    /** Reads and discards up to {@code limit} bytes; returns how many there were. */
    private static long drain(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            total += n;
        }
        return total;
    }

    /** Reads up to {@code limit + 1} bytes, so the caller can tell "exactly the limit" from "more". */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    private static boolean isHidden(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1);
        return name.startsWith(".") || entryName.startsWith("__MACOSX/");
    }
}
