package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
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
 * Container formats Daybrief opens itself (zip, tar, mbox, and files compressed with gzip, bzip2 or xz, a tar
 * among them), so that each entry or message is a document: known by name, else by
 * content with Tika's detector (magic bytes, and a look inside zips). Formats that are zips underneath (DOCX,
 * ODT, EPUB, XLSX, JAR) are detected as what they are and stay documents. Thread-safe.
 */
enum ArchiveKind {
    NONE(""), ZIP("zip"), TAR("tar"), GZIP("gz"), BZIP2("bz2"), XZ("xz"), MBOX("mbox");

    /** A compressed file's suffixes and what its content is called without them ({@code a.tbz2} holds a.tar). */
    private static final Map<String, String> COMPRESSED_SUFFIXES = Map.of(".gz", "", ".tgz", ".tar", ".bz2", "",
            ".tbz2", ".tar", ".tbz", ".tar", ".xz", "", ".txz", ".tar");

    /** Enough for every archive magic: a tar's is at byte 257, an mbox's headers within the first 256. */
    private static final int HEAD_BYTES = 1024;

    private static final MediaType ZIP_TYPE = MediaType.application("zip");
    private static final MediaType TAR_TYPE = MediaType.application("x-tar");
    private static final MediaType GZIP_TYPE = MediaType.application("gzip");
    private static final MediaType MBOX_TYPE = MediaType.application("mbox");
    private static final MediaType BZIP2_TYPE = MediaType.application("x-bzip2");
    private static final MediaType XZ_TYPE = MediaType.application("x-xz");

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

    /** Whether this is a compressed file (one stream: a file, or a tar), not an archive of entries. */
    boolean compressed() {
        return this == GZIP || this == BZIP2 || this == XZ;
    }

    /**
     * The content of a compressed file, decompressed; concatenated streams (pigz, lbzip2, several gzip members)
     * are read whole.
     */
    InputStream decompress(InputStream in) throws IOException {
        return switch (this) {
            case GZIP -> new GzipCompressorInputStream(in, true);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            case XZ -> new XZCompressorInputStream(in, true);
            default -> throw new IllegalStateException(this + " is not a compressed format");
        };
    }

    /** The name of a compressed file's content: {@code a.txt.gz} → {@code a.txt}, {@code a.tbz2} → {@code a.tar}. */
    static String decompressedName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return COMPRESSED_SUFFIXES.entrySet().stream()
                .filter(s -> lower.endsWith(s.getKey()) && lower.length() > s.getKey().length())
                .max(java.util.Comparator.comparingInt(s -> s.getKey().length())) // .tgz, not .gz
                .map(s -> name.substring(0, name.length() - s.getKey().length()) + s.getValue())
                .orElse(name);
    }

    static ArchiveKind byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return ZIP;
        }
        if (lower.endsWith(".gz") || lower.endsWith(".tgz")) {
            return GZIP;
        }
        if (lower.endsWith(".bz2") || lower.endsWith(".tbz2") || lower.endsWith(".tbz")) {
            return BZIP2;
        }
        if (lower.endsWith(".xz") || lower.endsWith(".txz")) {
            return XZ;
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
        if (type.equals(BZIP2_TYPE)) {
            return BZIP2;
        }
        if (type.equals(XZ_TYPE)) {
            return XZ;
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
                "application/x-tar", "application/x-bzip2", "application/x-xz", "application/mbox")
                .map(Holder::type).toList();

        private static MimeType type(String name) {
            try {
                return MAGIC.forName(name);
            } catch (MimeTypeException e) {
                throw new IllegalStateException("Tika knows no " + name, e);
            }
        }
    }
}
