package org.daybrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Punctuation repairs after a statistical split, inside one line unit: a piece that does not end with
 * sentence-final punctuation is glued to the next one ("$1.13bn" + "(£600m) for the three months"); closing
 * quotes or brackets that the model put at the start of the next piece move back to the sentence they close
 * ({@code fuller house .} + {@code '' the show}); a piece that starts with a dash, a comma or a possessive
 * ({@code 's best friend}) continues the previous one. Stateless and thread-safe.
 */
final class SplitRepair {

    private SplitRepair() {
    }

    static List<Sentence> repair(String text, List<Sentence> pieces) {
        if (pieces.size() < 2) {
            return pieces;
        }
        List<Sentence> out = new ArrayList<>(pieces.size());
        int curStart = pieces.get(0).start();
        int curEnd = pieces.get(0).end();
        for (int i = 1; i < pieces.size(); i++) {
            int ns = pieces.get(i).start();
            int ne = pieces.get(i).end();
            // Move leading closers of the next piece back: '' ” " ) ] »
            int k = ns;
            int closerEnd = -1;
            while (k < ne) {
                if (text.startsWith("''", k)) {
                    k += 2;
                    closerEnd = k;
                } else if (isCloser(text.charAt(k))) {
                    k++;
                    closerEnd = k;
                } else {
                    break;
                }
            }
            if (closerEnd > 0 && (closerEnd == ne || Character.isWhitespace(text.charAt(closerEnd)))) {
                curEnd = closerEnd;
                ns = closerEnd;
                while (ns < ne && Character.isWhitespace(text.charAt(ns))) {
                    ns++;
                }
                if (ns >= ne) {
                    continue;
                }
            }
            if (!endsWithTerminal(text, curStart, curEnd) || continues(text, ns, ne)) {
                curEnd = ne;
            } else {
                out.add(new Sentence(curStart, curEnd));
                curStart = ns;
                curEnd = ne;
            }
        }
        out.add(new Sentence(curStart, curEnd));
        return out;
    }

    private static boolean continues(String text, int s, int e) {
        char c = text.charAt(s);
        if (c == '-' || c == ',' || c == ';' || c == ':' || c == '\u2013' || c == '\u2014' || c == '%') {
            return true;
        }
        return (c == '\'' || c == '\u2019') && s + 1 < e && (text.charAt(s + 1) == 's' || text.charAt(s + 1) == 'S')
                && (s + 2 == e || !Character.isLetter(text.charAt(s + 2)));
    }

    static boolean endsWithTerminal(String text, int start, int end) {
        int i = end - 1;
        while (i >= start && (isCloser(text.charAt(i)) || text.charAt(i) == '\'' || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        if (i < start) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F'
                || c == ':' || c == ';';
    }

    /** Closing quotes and brackets; {@code “} closes „…“ in Polish, Russian, Czech and German. */
    private static boolean isCloser(char c) {
        return c == '"' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '»' || c == '\u201C';
    }
}
