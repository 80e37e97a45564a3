package org.daybrief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns text into index terms for scoring: lower-cased runs of letters and digits, stopwords removed, then
 * stemmed. Fast (no regex, no OpenNLP tokenizer) because scorers call it for every sentence. Thread-safe when
 * the stemmer is (see {@link NlpModels#termAnalyzer(String)}).
 */
public final class TermAnalyzer {

    private final Set<String> stopwords;
    private final UnaryOperator<String> stemmer;

    public TermAnalyzer(Set<String> stopwords, UnaryOperator<String> stemmer) {
        this.stopwords = stopwords;
        this.stemmer = stemmer;
    }

    /** A language-neutral analyzer for tests: English stopwords, no stemming. */
    public static TermAnalyzer simple() {
        return new TermAnalyzer(Stopwords.forLanguage("en"), UnaryOperator.identity());
    }

    /** The content terms of {@code text}, in order, with repeats. */
    public List<String> terms(CharSequence text) {
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
                        word.append(c); // keep "u.s" and "well-known" together
                        i++;
                    } else {
                        break;
                    }
                }
                // skip a possessive or contraction tail ("'s", "'re")
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

    /** Lower-cases with the root locale; exposed for callers that build their own vocabularies. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
