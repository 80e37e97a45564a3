package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Container formats Daybrief opens itself, so that each entry or message is a document: known by name, else by
 * content with Tika's detector (magic bytes, and a look inside zips). Formats that are zips underneath (DOCX,
 * ODT, EPUB, XLSX, JAR) are detected as what they are and stay documents. Thread-safe.
 */
enum ArchiveKind {
    NONE(""), ZIP("zip"), TAR("tar"), GZIP("gz"), MBOX("mbox");

    private static final MediaType ZIP_TYPE = MediaType.application("zip");
    private static final MediaType TAR_TYPE = MediaType.application("x-tar");
    private static final MediaType GZIP_TYPE = MediaType.application("gzip");
    private static final MediaType MBOX_TYPE = MediaType.application("mbox");

    /** The extension whose format name ({@link FormatNames}) messages use. */
    final String extension;

    ArchiveKind(String extension) {
        this.extension = extension;
    }

    /** The kind of a document: by its name when that says archive, else by its content. */
    static ArchiveKind of(RawDocument doc) {
        String name = doc.source().name();
        ArchiveKind byName = byName(name);
        if (byName != NONE || doc.isFailure()) {
            return byName;
        }
        try (TikaInputStream in = doc.file() != null ? TikaInputStream.get(doc.file())
                : TikaInputStream.get(doc.bytes())) {
            if ((FormatNames.isText(name) || FormatNames.isHtml(name)) && !TikaExtractor.startsWithBinary(in)) {
                return NONE; // text named as such is taken at its word, as the parser does: no detection to pay for
            }
            Metadata metadata = new Metadata();
            // The name only refines what the bytes say (a .svgz is a gzip that is a drawing), never overrides it.
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            return byType(Holder.DETECTOR.detect(in, metadata));
        } catch (IOException | RuntimeException e) {
            return NONE; // unreadable here is unreadable to the parser too, which says why
        }
    }

    /** Whether a decompressed stream holds a tar, by Tika's magic bytes; the stream must support mark. */
    static boolean isTar(InputStream in) throws IOException {
        return byType(MimeTypes.getDefaultMimeTypes().detect(in, new Metadata())) == TAR;
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
        static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    }
}
