package org.daybrief.summarize;

/**
 * A piece of a quotation that runs over several sentences, cut where the splitter cut it: the first piece opens
 * the quotation and does not close it ({@code “He likes to go low to the right.}), the last closes one it did not
 * open ({@code Tonight I guessed right.”}). Neither says who is speaking, and out of its paragraph it reads as a
 * stray quote, so neither is chosen; a sentence that carries its speaker ({@code Silva said: “I watched ...}) is
 * not a fragment. Double quotation marks only: a single one is also an apostrophe. Stateless and thread-safe.
 */
public final class QuoteFragments {

    private QuoteFragments() {
    }

    /** Whether {@code sentence} opens a quotation it does not close, or closes one it did not open. */
    public static boolean isFragment(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return opensUnclosed(s, first) || closesUnopened(s, last);
    }

    /** A quotation opened at the start and closed nowhere after it, by the marks that close that opening one. */
    private static boolean opensUnclosed(String s, char first) {
        String closing = switch (first) {
            case '\u201C' -> "\u201D";               // “English”
            case '\u201E' -> "\u201C\u201D";         // „German“ (or „…”)
            case '\u00AB' -> "\u00BB";               // « French »
            case '"' -> "\"";
            default -> null;
        };
        if (closing == null) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (closing.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        // '' closes a straight quotation in some texts ("We didn't plan it,'' she said.)
        return first != '"' || !s.contains("''");
    }

    /** A quotation closed at the end and opened nowhere before it (a German closing “ is not told from an opening). */
    private static boolean closesUnopened(String s, char last) {
        String opening = switch (last) {
            case '\u201D' -> "\u201C\u201E";
            case '\u00BB' -> "\u00AB";
            case '"' -> "\"";
            default -> null;
        };
        if (opening == null) {
            return false;
        }
        for (int i = 0; i < s.length() - 1; i++) {
            if (opening.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
