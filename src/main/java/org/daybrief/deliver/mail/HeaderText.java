package org.daybrief.deliver.mail;

/**
 * Makes any text safe to become part of a header value: one line, no control characters (C0, DEL, C1, line and
 * paragraph separators), no lone surrogates, runs of white space folded into one space, and a bounded length.
 * Non-ASCII stays: Jakarta Mail then encodes it per RFC 2047. CR and LF never survive, so text from a document
 * cannot end a header and start another.
 */
public final class HeaderText {

    private HeaderText() {
    }

    /** At most {@code maxChars} code points, ending with an ellipsis when cut. */
    public static String oneLine(String raw, int maxChars) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), maxChars * 2 + 2));
        boolean space = false;
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    if (space) {
                        out.append(' ');
                        count++;
                        space = false;
                    }
                    out.append(c).append(raw.charAt(++i));
                    count++;
                }
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                // dropped
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '\u2028' || c == '\u2029') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    count++;
                    space = false;
                }
                out.append(c);
                count++;
            }
            if (count > maxChars) {
                break;
            }
        }
        String s = out.toString();
        if (s.codePointCount(0, s.length()) > maxChars) {
            s = s.substring(0, s.offsetByCodePoints(0, Math.max(0, maxChars - 1))).stripTrailing() + "…";
        }
        return s;
    }
}
