package org.daybrief.hostile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/**
 * A test-only Tika parser that allocates until its heap is full, for files that start with {@value #MAGIC}: it
 * stands in for Tika's OneNote parser on a damaged file (Apache Tika's testOneNote-fuzz2.one), which reads a huge
 * count from the file and builds a list that long, never reading its input or writing text while it does. Registered
 * through {@code META-INF/services} on the test class path only.
 */
public final class HoardingParser extends MagicParser {

    public static final String TYPE = "application/x-daybrief-hoard";
    public static final String MAGIC = "DAYBRIEF-HOARD";

    /** Detects {@value #MAGIC} at the start of a stream; says nothing (octet-stream) otherwise. */
    public static final class Magic extends MagicDetector {
        public Magic() {
            super(MAGIC, TYPE);
        }
    }

    public HoardingParser() {
        super(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]); // 8 MB a step, kept: ends in OutOfMemoryError
        }
    }
}
