package org.daybrief.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A cheap first look at a text's language: the share of its words that are English stopwords, against the
 * share of German and French ones. English news prose is 35–50% stopwords; other languages score a few percent on
 * the English list. Only clear English is decided here (German and French share too many short words with Dutch,
 * Spanish and Italian to be told apart this way); anything else goes to OpenNLP's language detector, which costs
 * a millisecond a document and a 10 MB model to load. Immutable after construction and thread-safe.
 */
final class StopwordLanguageGuess {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr");
    private static final int MAX_WORDS = 120;
    private static final int MIN_WORDS = 25;
    private static final double MIN_SHARE = 0.28;
    private static final double MIN_LEAD = 3.0;

    /** Word → bit l set when the word is a stopword of {@code LANGUAGES.get(l)}: one lookup per word, not three. */
    private final Map<String, Integer> languagesOf = new HashMap<>();

    StopwordLanguageGuess() {
        for (int l = 0; l < LANGUAGES.size(); l++) {
            for (String word : Stopwords.forLanguage(LANGUAGES.get(l))) {
                languagesOf.merge(word, 1 << l, (a, b) -> a | b);
            }
        }
    }

    /** {@code en} when the stopwords leave no doubt; empty when the real detector should decide. */
    Optional<String> guess(CharSequence text) {
        int[] hits = new int[LANGUAGES.size()];
        int words = 0;
        int i = 0;
        int n = text.length();
        StringBuilder word = new StringBuilder(16);
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            word.setLength(0);
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                word.append(Character.toLowerCase(text.charAt(i)));
                i++;
            }
            if (word.length() == 0) {
                break;
            }
            words++;
            Integer languages = languagesOf.get(word.toString());
            if (languages != null) {
                for (int l = 0; l < hits.length; l++) {
                    if ((languages & 1 << l) != 0) {
                        hits[l]++;
                    }
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        int best = 0;
        int second = -1;
        for (int l = 1; l < hits.length; l++) {
            if (hits[l] > hits[best]) {
                second = best;
                best = l;
            } else if (second < 0 || hits[l] > hits[second]) {
                second = l;
            }
        }
        boolean clear = best == 0 && hits[best] >= MIN_SHARE * words
                && hits[best] >= MIN_LEAD * Math.max(1, hits[second]);
        return clear ? Optional.of(LANGUAGES.get(best).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
