package org.daybrief.digest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.daybrief.summarize.Redundancy;
import org.daybrief.text.NlpModels;

/**
 * Whether a candidate sentence of a story summary restates one already chosen: two reports of one event say the
 * same fact in other words ("The council voted 9-4 on Monday evening to approve the extension" and "on Monday
 * evening, councillors voted 9 to 4 to approve the project"), which a cosine over all terms, weighted by rarity,
 * lets through. Sentences are compared on {@link Redundancy}'s content words (names and numbers written one way).
 * Reports of one event share more words than the sentences of one article, so the bar is lower than
 * {@link Redundancy#restates}': at least {@link #SHARED} of the shorter sentence's words, or
 * {@link #SHARED_WITH_FIGURE} with a figure in common that is not a year ("will spend an estimated $3.2 billion on
 * the plant" and "will build a $3.2 billion chip packaging plant"). The sentences are compared on stems
 * ({@link #stems}): two reporters write "package" and "packaging", "chips" and "chip". Thread-safe.
 */
final class Restatement {

    /** One memoising stemmer per language, shared by every story ({@link NlpModels#stemmer} is thread-safe). */
    private static final Map<String, UnaryOperator<String>> STEMMERS = new ConcurrentHashMap<>();

    /** Share of the shorter sentence's content words found in the other: above it, the sentence says nothing new. */
    static final double SHARED = 0.5;
    /** Share of the shorter sentence's words that makes a shared figure a restatement of it. */
    static final double SHARED_WITH_FIGURE = 0.25;

    private Restatement() {
    }

    /** A sentence's {@link Redundancy} analysis with its words stemmed in its language, as {@link #restates} takes it. */
    static Redundancy.Analysed stems(Redundancy.Analysed analysed, String language) {
        String l = language == null || language.isBlank() ? "en" : language;
        return analysed.stemmed(STEMMERS.computeIfAbsent(l, NlpModels::stemmer));
    }

    static boolean restates(Redundancy.Analysed a, Redundancy.Analysed b) {
        double overlap = Redundancy.overlap(a, b);
        return overlap >= SHARED || overlap >= SHARED_WITH_FIGURE && sharesFigure(a, b);
    }

    /** A number of two digits or more in both, or two numbers ("3" and "2" of "$3.2 billion"); years aside. */
    private static boolean sharesFigure(Redundancy.Analysed a, Redundancy.Analysed b) {
        int shared = 0;
        for (String w : a.facts()) {
            if (Character.isDigit(w.charAt(0)) && b.facts().contains(w) && !year(w)) {
                if (w.length() >= 2) {
                    return true;
                }
                shared++;
            }
        }
        return shared >= 2;
    }

    private static boolean year(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20") || w.startsWith("18"));
    }
}
