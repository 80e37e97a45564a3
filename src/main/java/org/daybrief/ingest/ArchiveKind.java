package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Container formats Daybrief opens itself, so that each entry or message is a document: known by name, else by
 * content with Tika's detector (magic bytes, and a look inside zips). Formats that are zips underneath (DOCX,
 * ODT, EPUB, XLSX, JAR) are detected as what they are and stay documents. Thread-safe.
 */
enum ArchiveKind {
    NONE(""), ZIP("zip"), TAR("tar"), GZIP("gz"), MBOX("mbox");

    /** Enough for every archive magic: a tar's is at byte 257, an mbox's headers within the first 256. */
    private static final int HEAD_BYTES = 1024;

    private static final MediaType ZIP_TYPE = MediaType.application("zip");
    private static final MediaType TAR_TYPE = MediaType.application("x-tar");
    private static final MediaType GZIP_TYPE = MediaType.application("gzip");
    private static final MediaType MBOX_TYPE = MediaType.application("mbox");

    /** The extension whose format name ({@link FormatNames}) messages use. */
    final String extension;

    ArchiveKind(String extension) {
        this.extension = extension;
    }

    /**
     * The kind of a document: by its name when that says archive, else by its content whatever the name (a
     * mailing list's archive is often an mbox named {@code .txt}).
     */
    static ArchiveKind of(RawDocument doc) {
        String name = doc.source().name();
        ArchiveKind byName = byName(name);
        if (byName != NONE || doc.isFailure()) {
            return byName;
        }
        try (TikaInputStream in = doc.file() != null ? TikaInputStream.get(doc.file())
                : TikaInputStream.get(doc.bytes())) {
            MimeType magic = archiveMagic(in);
            if (magic == null) {
                return NONE;
            }
            // A name that says a format Tika knows as built on this one (.wmz on gzip, .docx on zip) is believed.
            if (Holder.TYPES.isSpecializationOf(Holder.MAGIC.getMimeType(name).getType(), magic.getType())) {
                return NONE;
            }
            ArchiveKind kind = byType(magic.getType());
            if (kind != ZIP) {
                return kind;
            }
            // Zip magic is also the start of DOCX, ODT, EPUB, JAR...: Tika's full detector looks inside to tell.
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            return byType(Holder.DETECTOR.detect(in, metadata));
        } catch (IOException | RuntimeException e) {
            return NONE; // unreadable here is unreadable to the parser too, which says why
        }
    }

    /** Whether a decompressed stream holds a tar, by Tika's magic bytes; the stream must support mark. */
    static boolean isTar(InputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        MimeType magic = archiveMagic(head);
        return magic != null && byType(magic.getType()) == TAR;
    }

    private static MimeType archiveMagic(TikaInputStream in) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int n = in.peek(head);
        return archiveMagic(java.util.Arrays.copyOf(head, Math.max(n, 0)));
    }

    /**
     * The archive type whose magic (Tika's, from its type registry) the first bytes match, or null. Only the
     * archive types are tried: matching all of Tika's types cost about 2 ms a file, these few microseconds.
     */
    private static MimeType archiveMagic(byte[] head) {
        for (MimeType type : Holder.ARCHIVES) {
            if (type.matchesMagic(head)) {
                return type;
            }
        }
        return null;
    }

    static ArchiveKind byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return ZIP;
        }
        if (lower.endsWith(".gz") || lower.endsWith(".tgz")) {
            return GZIP;
        }
        if (lower.endsWith(".tar")) {
            return TAR;
        }
        if (lower.endsWith(".mbox") || lower.endsWith(".mbx")) {
            return MBOX;
        }
        return NONE;
    }

    private static ArchiveKind byType(MediaType detected) {
        MediaTypeRegistry types = Holder.TYPES;
        MediaType type = types.normalize(detected.getBaseType());
        if (type.equals(ZIP_TYPE)) {
            return ZIP; // not its specialisations: those are documents (DOCX, EPUB, ...)
        }
        if (type.equals(GZIP_TYPE)) {
            return GZIP;
        }
        if (type.equals(TAR_TYPE) || types.isSpecializationOf(type, TAR_TYPE)) {
            return TAR; // POSIX or GNU
        }
        return type.equals(MBOX_TYPE) ? MBOX : NONE;
    }

    /** Tika's detectors take a moment to build: built on first need. */
    private static final class Holder {
        static final Detector DETECTOR = new DefaultDetector();
        static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
        static final MediaTypeRegistry TYPES = MAGIC.getMediaTypeRegistry();
        static final List<MimeType> ARCHIVES = Stream.of("application/zip", "application/gzip", "application/x-gtar",
                "application/x-tar", "application/mbox").map(Holder::type).toList();

        private static MimeType type(String name) {
            try {
                return MAGIC.forName(name);
            } catch (MimeTypeException e) {
                throw new IllegalStateException("Tika knows no " + name, e);
            }
        }
    }
}
