package org.daybrief.ingest;

import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Makes block structure explicit in extracted text: a blank line after each paragraph, heading or list item,
 * a line break at {@code <br>}. Some parsers (ODF headings, for one) emit blocks without any break, which
 * would glue a headline to the byline under it.
 */
final class BlockBreaks extends ContentHandlerDecorator {

    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "tr", "title", "dt", "dd");
    private static final char[] PARAGRAPH = {'\n', '\n'};
    private static final char[] LINE = {'\n'};

    BlockBreaks(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("br".equals(localName)) {
            super.characters(LINE, 0, 1);
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if (BLOCKS.contains(localName)) {
            super.characters(PARAGRAPH, 0, 2);
        }
    }
}
