package org.daybrief.hostile;

import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A test-only Tika parser that writes text without end, for files that start with {@value #MAGIC}: it stands in for a
 * parser looping over a damaged file's text. Registered through {@code META-INF/services} on the test class path only.
 */
public final class ChattyParser extends MagicParser {

    public static final String TYPE = "application/x-daybrief-chatty";
    public static final String MAGIC = "DAYBRIEF-CHATTY";

    /** Detects {@value #MAGIC} at the start of a stream; says nothing (octet-stream) otherwise. */
    public static final class Magic extends MagicDetector {
        public Magic() {
            super(MAGIC, TYPE);
        }
    }

    public ChattyParser() {
        super(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws SAXException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        while (true) {
            xhtml.element("p", "The same line again, and again. ");
        }
    }
}
