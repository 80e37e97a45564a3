package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises bytes that are no text although their name says text ({@code junk.txt} of random bytes): Tika goes by
 * the name when the content matches no format, and would decode them as characters. The content alone is asked:
 * when Tika's magic and text detection find neither a format nor text (control bytes that text does not hold), and
 * the name promises text or nothing, the file has no text to read. Text in UTF-16 (a NUL in every other byte) is
 * text. Thread-safe.
 */
final class BinaryContent {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    private static final int HEAD = 4096;

    private BinaryContent() {
    }

    /**
     * True when {@code stream} holds binary content under a text name (or none).
     *
     * @param stream supports mark and reset (a TikaInputStream); left where it was
     */
    static boolean binaryNamedAsText(InputStream stream, String name) throws IOException {
        byte[] head = TextEncodingDetector.peek(stream, HEAD);
        // Text (most documents) has no control bytes: decided without Tika's magic detection, which costs more.
        if (!hasControlBytes(head) || TextEncodingDetector.looksLikeUtf16(head)
                || !MediaType.OCTET_STREAM.equals(TYPES.detect(stream, new Metadata()))) {
            return false;
        }
        Metadata byName = new Metadata();
        byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType named = TYPES.detect(null, byName);
        return MediaType.OCTET_STREAM.equals(named) || MediaType.TEXT_PLAIN.equals(named)
                || REGISTRY.isSpecializationOf(named, MediaType.TEXT_PLAIN);
    }

    /** A byte below 0x20 other than tab, line feed, form feed, carriage return and escape, as Tika's TextDetector. */
    private static boolean hasControlBytes(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) {
                return true;
            }
        }
        return false;
    }
}
