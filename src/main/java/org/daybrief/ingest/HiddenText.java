package org.daybrief.ingest;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Drops the text of HTML elements a browser would not show: inline {@code style="display:none"} or
 * {@code visibility:hidden}, and the {@code hidden} attribute. Such text is how pages smuggle spam or
 * instructions past readers; a digest must not quote it. Hiding through a style sheet class is not seen.
 *
 * <p>Works with {@link #MAPPER}, which lets those attributes (and inline elements such as {@code span}) through
 * Tika's HTML parser; the default mapper drops them before any handler sees them.
 */
final class HiddenText extends ContentHandlerDecorator {

    /** Tika's default HTML mapping, plus the attributes and inline elements hiding is expressed with. */
    static final HtmlMapper MAPPER = new HtmlMapper() {
        private final Set<String> extraElements = Set.of("DIV", "SPAN", "SECTION", "ARTICLE", "ASIDE", "MAIN", "HEADER",
                "FOOTER", "FONT", "SMALL", "LABEL", "B", "I", "EM", "STRONG", "U");

        @Override
        public String mapSafeElement(String name) {
            String mapped = DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
            if (mapped == null && extraElements.contains(name.toUpperCase(Locale.ROOT))) {
                return name.toLowerCase(Locale.ROOT);
            }
            return mapped;
        }

        @Override
        public boolean isDiscardElement(String name) {
            return DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
        }

        @Override
        public String mapSafeAttribute(String elementName, String attributeName) {
            String lower = attributeName.toLowerCase(Locale.ROOT);
            if (lower.equals("style") || lower.equals("hidden")) {
                return lower;
            }
            return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
        }
    };

    private int hiddenDepth;

    HiddenText(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (hiddenDepth > 0 || isHidden(atts)) {
            hiddenDepth++;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (hiddenDepth > 0) {
            hiddenDepth--;
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (hiddenDepth == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (hiddenDepth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    static boolean isHidden(Attributes atts) {
        if (atts == null) {
            return false;
        }
        if (atts.getIndex("hidden") >= 0) {
            return true;
        }
        String style = atts.getValue("style");
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
