package org.daybrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A small rule-based sentence splitter: line structure first ({@link LineUnits}), then a break after
 * {@code . ! ? …} (and closing quotes or brackets) followed by white space and a character that is not a
 * lower-case letter, then {@link Abbreviations} repair. Used for languages without a sentence model and in
 * unit tests. Immutable and thread-safe.
 */
public final class RuleBasedSplitter implements SentenceSplitter {

    private final Abbreviations abbreviations;

    public RuleBasedSplitter(String language) {
        this.abbreviations = Abbreviations.forLanguage(language);
    }

    public RuleBasedSplitter() {
        this("en");
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence unit : LineUnits.of(text)) {
            List<Sentence> pieces = new ArrayList<>();
            int start = unit.start();
            int i = unit.start();
            int end = unit.end();
            while (i < end) {
                char c = text.charAt(i);
                if (isTerminal(c)) {
                    int j = i + 1;
                    while (j < end && (isTerminal(text.charAt(j)) || isCloser(text.charAt(j)))) {
                        j++;
                    }
                    int k = j;
                    while (k < end && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    boolean cjk = c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
                    if (k < end && (k > j || cjk) && !Character.isLowerCase(text.charAt(k))) {
                        pieces.add(new Sentence(start, j));
                        start = k;
                    }
                    i = Math.max(j, i + 1);
                } else {
                    i++;
                }
            }
            if (start < end) {
                pieces.add(new Sentence(start, end));
            }
            out.addAll(abbreviations.repair(text, SplitRepair.repair(text, pieces)));
        }
        return out;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
    }

    /** Closing quotes and brackets; {@code “} closes „…“ in Polish, Russian, Czech and German. */
    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '»'
                || c == '\u201C';
    }
}
