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
        int opening = 0;
        int closing = 0;
        int straight = 0;
        for (int i = 0; i < sentence.length(); i++) {
            switch (sentence.charAt(i)) {
                case '\u201C', '\u00AB', '\u201E' -> opening++;
                case '\u201D', '\u00BB' -> closing++;
                case '"' -> straight++;
                default -> { }
            }
        }
        String s = sentence.strip();
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        boolean opensUnclosed = (first == '\u201C' || first == '\u00AB' || first == '\u201E') && closing == 0
                || first == '"' && straight == 1 && !sentence.contains("''"); // '' closes it in some texts
        boolean closesUnopened = (last == '\u201D' || last == '\u00BB') && opening == 0
                || last == '"' && straight == 1;
        return opensUnclosed || closesUnopened;
    }
}
