package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection with two corrections for news text. Bytes that are UTF-8 with only a few invalid
 * sequences are UTF-8 (Tika's statistical detectors call such text Windows-1252 and every accented letter
 * turns into two), and ISO-8859-1 is read as Windows-1252, its superset that every browser uses for it (so
 * {@code €} and curly quotes survive instead of becoming control characters). A whole input of plain ASCII is
 * read as UTF-8 without asking Tika (about half of news articles; any ASCII-based charset gives the same text).
 * Text with a byte-order mark,
 * and text that looks like UTF-16 (NUL bytes in every other position), is left to Tika. Thread-safe.
 */
final class TextEncodingDetector implements EncodingDetector {

    private static final int LOOKAHEAD = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector tika = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        byte[] head = peek(input, LOOKAHEAD);
        if (head.length < LOOKAHEAD && plainAscii(head)) {
            return StandardCharsets.UTF_8; // every ASCII-based charset reads these bytes alike: nothing to detect
        }
        if (!hasByteOrderMark(head) && !looksLikeUtf16(head) && mostlyUtf8(head)) {
            return StandardCharsets.UTF_8;
        }
        Charset detected = tika.detect(input, metadata);
        return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
    }

    /** The first {@code n} bytes of a stream that supports mark and reset, which is left where it was. */
    static byte[] peek(InputStream input, int n) throws IOException {
        input.mark(n);
        try {
            return input.readNBytes(n);
        } finally {
            input.reset();
        }
    }

    /**
     * The whole input is printable ASCII and line breaks: no NUL (UTF-16), no escape (ISO-2022 and other 7-bit
     * encodings that switch character sets), nothing above 0x7F.
     */
    static boolean plainAscii(byte[] b) {
        for (byte x : b) {
            if (x <= 0 || x == 0x1B) { // negative: a byte above 0x7F
                return false;
            }
        }
        return true;
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
                || (b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)));
    }

    static boolean looksLikeUtf16(byte[] b) {
        int nul = 0;
        for (byte x : b) {
            if (x == 0) {
                nul++;
            }
        }
        return nul > b.length / 10;
    }

    /**
     * More well-formed multi-byte UTF-8 sequences than malformed ones. Pure ASCII is not decided here (the
     * page's declared charset, if any, is as good). A sequence cut off by the end of the look-ahead is not
     * counted as malformed.
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (length == 0) {
                invalid++;
                i++;
                continue;
            }
            if (i + length > b.length) {
                break;
            }
            boolean ok = true;
            for (int k = 1; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && valid > invalid;
    }
}
