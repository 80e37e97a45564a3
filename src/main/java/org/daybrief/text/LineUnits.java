package org.daybrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into units that a sentence never crosses: paragraphs (separated by blank lines), and inside a
 * paragraph, a line that does not end like a sentence (a subheading, a dateline, a caption) is its own unit
 * unless it is just a hard-wrapped line (long, or followed by a line that starts in lower case).
 * Stateless and thread-safe.
 */
public final class LineUnits {

    /** A line without final punctuation at least this long is treated as hard-wrapped prose. */
    static final int WRAP_MIN_CHARS = 60;

    private LineUnits() {
    }

    /** Units as trimmed, non-empty offset ranges into {@code text}. */
    public static List<Sentence> of(String text) {
        List<Sentence> units = new ArrayList<>();
        int n = text.length();
        int unitStart = -1;
        int pos = 0;
        while (pos < n) {
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            int ls = pos;
            int le = eol;
            while (ls < le && Character.isWhitespace(text.charAt(ls))) {
                ls++;
            }
            while (le > ls && Character.isWhitespace(text.charAt(le - 1))) {
                le--;
            }
            int next = eol;
            if (next < n && text.charAt(next) == '\r') {
                next++;
            }
            if (next < n && text.charAt(next) == '\n') {
                next++;
            }
            if (ls == le) { // blank line: paragraph break
                unitStart = close(units, text, unitStart, pos);
            } else {
                if (unitStart < 0) {
                    unitStart = ls;
                }
                if (!continuesOnNextLine(text, ls, le, next)) {
                    unitStart = close(units, text, unitStart, le);
                }
            }
            pos = next;
            if (eol == n) {
                break;
            }
        }
        close(units, text, unitStart, n);
        return units;
    }

    private static boolean continuesOnNextLine(String text, int ls, int le, int next) {
        char last = text.charAt(le - 1);
        if (endsSentence(last)) {
            return false;
        }
        // Look at the first character of the next line.
        int i = next;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return false;
        }
        char first = text.charAt(i);
        if (Character.isLowerCase(first) || last == ',' || last == '-' || last == ';') {
            return true;
        }
        return le - ls >= WRAP_MIN_CHARS;
    }

    static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '"' || c == '\u201D'
                || c == '\'' || c == ')' || c == '\u3002';
    }

    private static int close(List<Sentence> units, String text, int start, int end) {
        if (start < 0) {
            return -1;
        }
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            units.add(new Sentence(start, e));
        }
        return -1;
    }
}
