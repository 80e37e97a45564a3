package org.daybrief.digest;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.daybrief.text.TermAnalyzer;

/**
 * Whether one sentence restates another: two reports of one event say the same fact in other words ("The council
 * voted 9-4 on Monday evening to approve the extension" and "on Monday evening, councillors voted 9 to 4 to approve
 * the project"), which a cosine over all terms, weighted by rarity, lets through. A sentence restates another when
 * at least {@link #SHARED} of the shorter one's content words (stopwords out, stemmed) are in the other; a number
 * joined to another or to a unit by a hyphen or dash counts as its parts, so "9-4" is "9" and "4" as in "9 to 4",
 * and "7.2-mile" is "7.2" and "mile". Stateless and thread-safe.
 */
final class Restatement {

    /** Share of the shorter sentence's content words found in the other: above it, the sentence says nothing new. */
    static final double SHARED = 0.5;

    /** Share of the shorter sentence's words that makes a shared figure a restatement of it. */
    static final double SHARED_WITH_FIGURE = 0.25;

    /** A figure of two digits or more ("1,600" is read as "1" and "600": a lone digit says little). */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]+");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    /** A hyphen or dash beside a digit: "9-4", "9–4", "7.2-mile", "$3-billion". */
    private static final Pattern NUMBER_JOIN = Pattern.compile("(?<=\\d)[-\u2010\u2011\u2012\u2013\u2014]|[-\u2010\u2011\u2012\u2013\u2014](?=\\d)");

    private Restatement() {
    }

    /** The content words of a sentence as {@link #restates} compares them. */
    static Set<String> facts(TermAnalyzer analyzer, String sentence) {
        return new LinkedHashSet<>(analyzer.terms(NUMBER_JOIN.matcher(sentence).replaceAll(" ")));
    }

    /**
     * Whether most of the shorter of two sentences' content words (from {@link #facts}) are in the other, or they
     * give the same figure (not a year) and share {@link #SHARED_WITH_FIGURE} of their words: "will spend an
     * estimated $3.2 billion on the plant" and "will build a $3.2 billion chip packaging plant".
     */
    static boolean restates(Set<String> a, Set<String> b) {
        double overlap = overlap(a, b);
        return overlap >= SHARED || overlap >= SHARED_WITH_FIGURE && sharesFigure(a, b);
    }

    private static boolean sharesFigure(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (FIGURE.matcher(w).matches() && !YEAR.matcher(w).matches() && b.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Shared content words over the shorter sentence's; 0 when either has none. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }
}
