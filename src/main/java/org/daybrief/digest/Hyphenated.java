package org.daybrief.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens with hyphenated words whole again. Tokenizers cut "hip-hop", "Ross-shire" and "22-year-old"
 * into pieces around the hyphen ("hip" "-" "hop", "Ross" "-shire"), and a keyphrase made of the pieces is a
 * fragment ("York City hip", "Ross -shire", "old Areej Ali"). Pieces written without a space between them, where
 * one is or begins or ends with a hyphen, are joined into one token with the tag of its last word piece (the head
 * of an English or German compound); a dash between spaced words stays a token of its own. Stateless.
 *
 * @param tokens the tokens, hyphenated words whole
 * @param tags   their tags, or null when there were none
 */
record Hyphenated(String[] tokens, String[] tags) {

    /**
     * @param text   the sentence the pieces come from, in order
     * @param pieces its tokens
     * @param tags   their tags, or null
     */
    static Hyphenated join(String text, String[] pieces, String[] tags) {
        if (pieces.length < 2) {
            return new Hyphenated(pieces, tags);
        }
        // Where each piece ends in the text; -1 from a piece the tokenizer changed (no join across it).
        int[] start = new int[pieces.length];
        int[] end = new int[pieces.length];
        int at = 0;
        for (int k = 0; k < pieces.length; k++) {
            int found = text.indexOf(pieces[k], at);
            start[k] = found;
            end[k] = found < 0 ? -1 : found + pieces[k].length();
            if (found >= 0) {
                at = end[k];
            }
        }
        List<String> tokens = new ArrayList<>();
        List<String> outTags = new ArrayList<>();
        for (int k = 0; k < pieces.length; k++) {
            boolean glued = k > 0 && start[k] >= 0 && end[k - 1] >= 0 && start[k] == end[k - 1]
                    && (hyphen(pieces[k - 1]) || hyphen(pieces[k])) && !tokens.isEmpty();
            if (glued) {
                int last = tokens.size() - 1;
                tokens.set(last, tokens.get(last) + pieces[k]);
                // the tagger may call a piece such as "-shire" punctuation: the word keeps the tag it had
                if (tags != null && !pieces[k].equals("-") && !tags[k].startsWith("PUNCT") && !tags[k].equals("SYM")) {
                    outTags.set(last, tags[k]);
                }
            } else {
                tokens.add(pieces[k]);
                if (tags != null) {
                    outTags.add(tags[k]);
                }
            }
        }
        if (tokens.size() == pieces.length) {
            return new Hyphenated(pieces, tags);
        }
        return new Hyphenated(tokens.toArray(String[]::new), tags == null ? null : outTags.toArray(String[]::new));
    }

    private static boolean hyphen(String piece) {
        return piece.startsWith("-") || piece.endsWith("-") || piece.startsWith("\u2010") || piece.endsWith("\u2010");
    }
}
