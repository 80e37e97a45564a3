package org.daybrief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns text into index terms for scoring: lower-cased runs of letters and digits, stopwords removed, then
 * stemmed. Fast (no regex, no OpenNLP tokenizer, and a per-thread {@link TermMemo} so that a word seen before
 * costs no allocation) because scorers call it for every sentence. Thread-safe when the stemmer is (see
 * {@link NlpModels#termAnalyzer(String)}); the stemmer must be a pure function of the word, as it is memoised.
 */
public final class TermAnalyzer {

    /** Word → term, or null for a stopword: what {@link TermMemo} remembers. */
    private final UnaryOperator<String> analyzeWord;
    private final ThreadLocal<TermMemo> memo = ThreadLocal.withInitial(TermMemo::new);

    public TermAnalyzer(Set<String> stopwords, UnaryOperator<String> stemmer) {
        this.analyzeWord = w -> stopwords.contains(w) ? null : stemmer.apply(w);
    }

    /** A language-neutral analyzer for tests: English stopwords, no stemming. */
    public static TermAnalyzer simple() {
        return new TermAnalyzer(Stopwords.forLanguage("en"), UnaryOperator.identity());
    }

    /** Receives the words of a text in order, as {@link #scan} reads them. */
    @FunctionalInterface
    public interface WordSink {
        /**
         * @param term        the word's index term, or null for a stopword
         * @param capitalised whether the word starts with a capital letter (a name, or a sentence's first word)
         */
        void word(String term, boolean capitalised);
    }

    /** The content terms of {@code text}, in order, with repeats. */
    public List<String> terms(CharSequence text) {
        List<String> out = new ArrayList<>();
        scan(text, (term, capitalised) -> {
            if (term != null) {
                out.add(term);
            }
        });
        return out;
    }

    /**
     * Reads {@code text} once and hands {@code sink} each word that can be a term (two or more characters, or a
     * digit), in order: what {@link #terms} returns, plus stopwords (as null) and each word's capital. One pass
     * serves callers that need several views of a text (all its terms, and those of its lower-case words).
     */
    public void scan(CharSequence text, WordSink sink) {
        TermMemo terms = memo.get();
        int n = text.length();
        int i = 0;
        char[] word = new char[24];
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean capitalised = Character.isUpperCase(c);
                int len = 0;
                while (i < n) {
                    c = text.charAt(i);
                    boolean letterOrDigit = Character.isLetterOrDigit(c);
                    if (letterOrDigit || (c == '-' || c == '.') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        if (len == word.length) {
                            word = java.util.Arrays.copyOf(word, 2 * len);
                        }
                        // keep "u.s" and "well-known" together
                        word[len++] = letterOrDigit ? Character.toLowerCase(c) : c;
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
                if (len > 1 || Character.isDigit(word[0])) {
                    sink.word(terms.term(word, len, analyzeWord), capitalised);
                }
            } else {
                i++;
            }
        }
    }

    /** Lower-cases with the root locale; exposed for callers that build their own vocabularies. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
