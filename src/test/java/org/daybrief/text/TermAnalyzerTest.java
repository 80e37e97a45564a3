package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The memoised analyzer gives exactly the terms of the plain word-by-word algorithm it replaced. */
class TermAnalyzerTest {

    private static final String TRICKY = "The U.S. markets' well-known rally: it's 3 a.m. in New-York... "
            + "Don't stop—they’re rallying! O'Neill's co-op e-mail x 7 B 12.5% 1,000 -5 .net a-b-c "
            + "ÉCOLE Straße İstanbul ǅemal ΣΊΣΥΦΟΣ naïve café’s rock’n’roll x'y 'quoted' ‘curly’ "
            + "\uD835\uDC00bc (math A) 1st 2nd MP3s 3D U.K.-based end. - . ' \u2019 trailing-";

    @Test
    void sameTermsAsThePlainAlgorithmOnTrickyText() {
        TermAnalyzer english = new TermAnalyzer(Stopwords.forLanguage("en"), NlpModels.stemmer("en"));
        for (String text : List.of(TRICKY, "", "a", "7", "-", "x'", "it's", "U.S", "end.", TRICKY.toUpperCase())) {
            assertThat(english.terms(text)).as(text).isEqualTo(reference(text, Stopwords.forLanguage("en"),
                    NlpModels.stemmer("en")));
            assertThat(english.terms(text)).as("second call, from the memo: " + text).isEqualTo(reference(text,
                    Stopwords.forLanguage("en"), NlpModels.stemmer("en")));
        }
    }

    @Test
    void everyCharacterAsThePlainAlgorithmSplitsAndLowerCasesIt() {
        // Each character alone, inside a word, doubled and before a hyphen: split and lower-cased as the plain
        // algorithm does it.
        StringBuilder text = new StringBuilder();
        for (int code = 0; code <= 0xFFFF; code++) {
            char c = (char) code;
            text.append("x").append(c).append("y ").append(c).append(c).append(" ").append(c).append("-z. ");
        }
        TermAnalyzer analyzer = new TermAnalyzer(Set.of(), UnaryOperator.identity());
        assertThat(analyzer.terms(text)).isEqualTo(reference(text, Set.of(), UnaryOperator.identity()));
    }

    @Test
    void knownTerms() {
        TermAnalyzer english = new TermAnalyzer(Stopwords.forLanguage("en"), NlpModels.stemmer("en"));
        assertThat(english.terms("The markets were rallying, and the MARKET's well-known U.S. rally."))
                .containsExactly("market", "ralli", "market", "well-known", "u.", "ralli");
    }

    @Test
    void scanGivesEachWordsTermOrStopwordAndItsCapital() {
        TermAnalyzer english = new TermAnalyzer(Stopwords.forLanguage("en"), NlpModels.stemmer("en"));
        List<String> seen = new java.util.ArrayList<>();
        english.scan("The Council's vote: 9-4 for the new tram, said Mayor Lee.",
                (term, capitalised) -> seen.add(term + (capitalised ? "^" : "")));
        assertThat(seen).containsExactly("null^", "council^", "vote", "9-4", "null", "null", "null", "tram", "null",
                "mayor^", "lee^");
        // ("for", "the", "new" and "said" are stopwords.) terms() is scan() without stopwords and capitals
        List<String> terms = new java.util.ArrayList<>();
        english.scan(TRICKY, (term, capitalised) -> {
            if (term != null) {
                terms.add(term);
            }
        });
        assertThat(terms).isEqualTo(english.terms(TRICKY));
    }

    @Test
    void memoThatGrowsAndIsEmptiedKeepsGivingTheSameTerms() {
        TermAnalyzer analyzer = new TermAnalyzer(Set.of("the"), w -> w + "_");
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < TermMemo.MAX_ENTRIES + 5000; i++) {
            text.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36), 0, 2 + random.nextInt(9))
                    .append(i % 3 == 0 ? " the " : " ");
        }
        String all = text.toString();
        List<String> expected = reference(all, Set.of("the"), w -> w + "_");
        assertThat(analyzer.terms(all)).isEqualTo(expected);
        assertThat(analyzer.terms(all)).isEqualTo(expected);
    }

    @Test
    void wordsLongerThanTheBuffer() {
        String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis-and-" + "x".repeat(300);
        TermAnalyzer analyzer = TermAnalyzer.simple();
        assertThat(analyzer.terms(longWord + " " + longWord)).isEqualTo(
                reference(longWord + " " + longWord, Stopwords.forLanguage("en"), UnaryOperator.identity()));
    }

    /** The analyzer as it was before the memo: one String per word, then stopwords, then the stemmer. */
    private static List<String> reference(CharSequence text, Set<String> stopwords, UnaryOperator<String> stemmer) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(24);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.setLength(0);
                while (i < n) {
                    c = text.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        word.append(Character.toLowerCase(c));
                        i++;
                    } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '.') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1)) && c != '\'' && c != '\u2019') {
                        word.append(c);
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                    int j = i + 1;
                    while (j < n && Character.isLetter(text.charAt(j))) {
                        j++;
                    }
                    if (j - i <= 3) {
                        i = j;
                    }
                }
                String w = word.toString();
                if (w.length() > 1 || Character.isDigit(w.charAt(0))) {
                    if (!stopwords.contains(w)) {
                        out.add(stemmer.apply(w));
                    }
                }
            } else {
                i++;
            }
        }
        return out;
    }
}
