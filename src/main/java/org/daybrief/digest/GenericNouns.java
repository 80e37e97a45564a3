package org.daybrief.digest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How generic a single common noun is as a keyphrase, from the day's own text rather than a word list, so in any
 * language. Two signs of a genus rather than a subject:
 * <ul>
 * <li>it is not anchored in the story: a story's subject is in its title ("recession" in "Japan economy slides to
 *     recession") or is a concrete thing the story names with a compound ("flood" of "flood wall", "plant" of
 *     "Solara chip plant"); a noun the report only refers back with, always on its own ("the system", "the room",
 *     "opponents", "Kunden"), is neither;</li>
 * <li>it heads many different phrases across the day's documents ("traffic system", "camera system", "tax
 *     system"; "annual rate", "interest rate"): a word that many kinds of thing share names none of them.</li>
 * </ul>
 * Names and longer phrases are not measured here: a phrase of several words is already specific. Immutable.
 */
final class GenericNouns {

    /** What a single noun that is not anchored in its story keeps of its score. */
    static final double UNANCHORED = 0.25;
    /** What each further distinct phrase a noun heads across the day takes off (as 1 / (1 + this * (n - 1))). */
    static final double PER_HEADED = 0.25;

    /** Distinct multiword phrases (keys) headed by each word, over the day's documents. */
    private final Map<String, Integer> headed;

    /** @param documents each document's phrases, keyed by their lower-cased words */
    GenericNouns(List<? extends Map<String, ?>> documents) {
        Map<String, Set<String>> phrases = new HashMap<>();
        for (Map<String, ?> document : documents) {
            for (String key : document.keySet()) {
                int space = key.lastIndexOf(' ');
                if (space > 0) {
                    phrases.computeIfAbsent(key.substring(space + 1), k -> new HashSet<>()).add(key);
                }
            }
        }
        headed = new HashMap<>();
        phrases.forEach((head, keys) -> headed.put(head, keys.size()));
    }

    /**
     * The share of its score a single common noun keeps, in (0, 1].
     *
     * @param word   the noun, lower-cased
     * @param anchored whether a title of its story names it or a longer phrase of the story has it
     */
    double weight(String word, boolean anchored) {
        int n = headed.getOrDefault(word, 0);
        return (anchored ? 1.0 : UNANCHORED) / (1 + PER_HEADED * Math.max(0, n - 1));
    }
}
