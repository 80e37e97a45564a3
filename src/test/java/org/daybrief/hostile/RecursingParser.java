package org.daybrief.hostile;

import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/**
 * A test-only Tika parser that recurses until its stack overflows, for files that start with {@value #MAGIC}: it
 * stands in for a real parser that descends one frame per level of a document nested deeper than its stack.
 * Registered through {@code META-INF/services} on the test class path only.
 */
public final class RecursingParser extends MagicParser {

    public static final String TYPE = "application/x-daybrief-recurse";
    public static final String MAGIC = "DAYBRIEF-RECURSE";

    /** Detects {@value #MAGIC} at the start of a stream; says nothing (octet-stream) otherwise. */
    public static final class Magic extends MagicDetector {
        public Magic() {
            super(MAGIC, TYPE);
        }
    }

    public RecursingParser() {
        super(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        descend(0);
    }

    private static int descend(int level) {
        return descend(level + 1) + 1; // never returns: ends in StackOverflowError
    }
}
