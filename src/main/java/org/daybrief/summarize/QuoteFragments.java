package org.daybrief.summarize;

/**
 * A piece of a quotation that runs over several sentences, cut where the splitter cut it: the first piece opens
 * the quotation and does not close it ({@code “He likes to go low to the right.}), the last closes one it did not
 * open ({@code Tonight I guessed right.”}). Neither says who is speaking, and out of its paragraph it reads as a
 * stray quote, so neither is chosen; a sentence that carries its speaker ({@code Silva said: “I watched ...}) is
 * not a fragment. Double quotation marks only: a single one is also an apostrophe. Stateless and thread-safe.
 */
final class QuoteFragments {

    private QuoteFragments() {
    }

    /** Whether {@code sentence} opens a quotation it does not close, or closes one it did not open. */
    static boolean isFragment(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && (opensUnclosed(s) || closesUnopened(s));
    }

    /** A quotation opened at the start and closed nowhere after it, by the marks that close that opening one. */
    private static boolean opensUnclosed(String s) {
        char first = s.charAt(0);
        String closing = switch (first) {
            case '\u201C' -> "\u201D";               // “English”
            case '\u201E' -> "\u201C\u201D";         // „German“ (or „…”)
            case '\u00AB' -> "\u00BB";               // « French »
            case '"' -> "\"";
            default -> null;
        };
        // '' closes a straight quotation in some texts ("We didn't plan it,'' she said.)
        return closing != null && !hasAny(s, 1, s.length(), closing) && (first != '"' || !s.contains("''"));
    }

    /** A quotation closed at the end and opened nowhere before it (a German closing “ is not told from an opening). */
    private static boolean closesUnopened(String s) {
        String opening = switch (s.charAt(s.length() - 1)) {
            case '\u201D' -> "\u201C\u201E";
            case '\u00BB' -> "\u00AB";
            case '"' -> "\"";
            default -> null;
        };
        return opening != null && !hasAny(s, 0, s.length() - 1, opening);
    }

    /** Whether {@code s[from, to)} has any of {@code marks}. */
    private static boolean hasAny(String s, int from, int to, String marks) {
        for (int i = from; i < to; i++) {
            if (marks.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
