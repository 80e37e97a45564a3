package org.daybrief.summarize;

/**
 * Sentence length: {@code min(words, cap) / cap}, so long, informative sentences beat fragments and the
 * signal saturates instead of rewarding run-on sentences without limit.
 */
public final class LengthScorer implements SentenceScorer {

    private final int cap;

    public LengthScorer(int cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("cap must be > 0, got " + cap);
        }
        this.cap = cap;
    }

    @Override
    public String name() {
        return "length";
    }

    @Override
    public double[] score(ScoringContext doc) {
        double[] s = new double[doc.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.min(doc.wordCount(i), cap) / (double) cap;
        }
        return s;
    }
}
