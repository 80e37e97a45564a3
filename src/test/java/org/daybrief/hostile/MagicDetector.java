package org.daybrief.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/** Detects a test parser's type by an ASCII magic string at the start of a stream; octet-stream otherwise. */
abstract class MagicDetector implements Detector {

    private final String magic;
    private final MediaType type;

    MagicDetector(String magic, String type) {
        this.magic = magic;
        this.type = MediaType.parse(type);
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return MediaType.OCTET_STREAM;
        }
        input.mark(magic.length());
        try {
            byte[] head = input.readNBytes(magic.length());
            return new String(head, StandardCharsets.US_ASCII).equals(magic) ? type : MediaType.OCTET_STREAM;
        } finally {
            input.reset();
        }
    }
}
