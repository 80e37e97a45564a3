package org.daybrief.render;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;

/**
 * The escapers the templates run every {@code {{value}}} through, one per output format. Each first removes
 * characters no reader should ever receive (control characters, lone surrogates, non-characters); the text
 * and Markdown escapers also put every value on one line, so a title cannot start a new line in the output.
 *
 * <p>Stateless and thread-safe.
 */
final class Escaping {

    /** HTML text and double- or single-quoted attribute values (JMustache's own HTML escaper). */
    static final Mustache.Escaper HTML = raw -> Escapers.HTML.escape(clean(raw, false));

    /** XML 1.0 text and attribute values (Atom): only characters XML allows, markup escaped. */
    static final Mustache.Escaper XML = raw -> Escapers.simple(
            new String[] {"&", "&amp;"}, new String[] {"<", "&lt;"}, new String[] {">", "&gt;"},
            new String[] {"\"", "&quot;"}, new String[] {"'", "&apos;"}).escape(clean(raw, false));

    /** Plain text: no markup to escape, but one line per value and no control characters. */
    static final Mustache.Escaper TEXT = raw -> oneLine(raw);

    /** CommonMark/GFM text: one line, and every character that could start markup escaped with a backslash. */
    static final Mustache.Escaper MARKDOWN = Escaping::markdown;

    private Escaping() {
    }

    /**
     * Removes C0 controls (except tab and, when {@code keepLineBreaks}, LF; CR is folded into LF), DEL, C1
     * controls, lone surrogates and the non-characters U+FFFE/U+FFFF.
     */
    static String clean(String raw, boolean keepLineBreaks) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    continue; // CRLF -> LF
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(keepLineBreaks ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF') {
                // dropped
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    out.append(c).append(raw.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #clean} with every run of whitespace (line breaks and tabs included) folded into one space, trimmed. */
    static String oneLine(String raw) {
        String cleaned = clean(raw, false);
        StringBuilder out = new StringBuilder(cleaned.length());
        boolean space = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes a value for Markdown text. Always escaped: {@code \ ` * _ { } [ ] < > | ~}; {@code &} when it could
     * start an entity; {@code !} before {@code [}. At the start of the value (where it may start a line or a
     * list item): {@code # + - = .} and an ordered-list marker such as {@code 2024.} or {@code 3)}. Backslash
     * escapes of ASCII punctuation are valid anywhere in CommonMark, so over-escaping never shows.
     */
    static String markdown(String raw) {
        String s = oneLine(raw);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int start = 0;
        int digits = 0;
        while (digits < s.length() && digits < 9 && Character.isDigit(s.charAt(digits)) && s.charAt(digits) < 128) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            out.append(s, 0, digits).append('\\').append(s.charAt(digits));
            start = digits + 1;
        } else if (!s.isEmpty() && "#+-=.".indexOf(s.charAt(0)) >= 0) {
            out.append('\\').append(s.charAt(0));
            start = 1;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '|', '~' -> out.append('\\').append(c);
                case '&' -> out.append(startsEntity(s, i + 1) ? "\\&" : "&");
                case '!' -> out.append(i + 1 < s.length() && s.charAt(i + 1) == '[' ? "\\!" : "!");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code s} continues at {@code from} like an entity reference: {@code #?[A-Za-z0-9]+;}. */
    private static boolean startsEntity(String s, int from) {
        int i = from;
        if (i < s.length() && s.charAt(i) == '#') {
            i++;
        }
        int alnum = i;
        while (i < s.length() && i - alnum < 32 && isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        return i > alnum && i < s.length() && s.charAt(i) == ';';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
