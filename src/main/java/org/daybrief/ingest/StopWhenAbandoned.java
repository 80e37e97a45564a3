package org.daybrief.ingest;

import java.util.function.BooleanSupplier;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Ends a parse that was abandoned after its timeout at the parser's next write of text or markup: a Java thread
 * cannot be stopped from outside, but a parser that is still producing output (rather than looping inside itself)
 * dies at its next call instead of running on, unseen, in this JVM.
 */
final class StopWhenAbandoned extends ContentHandlerDecorator {

    private final BooleanSupplier abandoned;

    StopWhenAbandoned(ContentHandler handler, BooleanSupplier abandoned) {
        super(handler);
        this.abandoned = abandoned;
    }

    private void check() throws SAXException {
        if (abandoned.getAsBoolean()) {
            throw new SAXException("parse abandoned after its timeout");
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }
}
