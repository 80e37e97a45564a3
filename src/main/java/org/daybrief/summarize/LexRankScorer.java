package org.daybrief.summarize;

/**
 * LexRank (Erkan &amp; Radev 2004): PageRank over the graph of TF-IDF cosine similarities above a threshold,
 * with unweighted edges ("LexRank with threshold", the default here) or edges weighted by their cosine
 * ("continuous LexRank", what {@code --method lexrank} uses). Sentences beyond
 * {@link ScoringContext#GRAPH_LIMIT} score zero.
 */
public final class LexRankScorer implements SentenceScorer {

    private final double threshold;
    private final boolean weighted;

    public LexRankScorer(double threshold, boolean weighted) {
        this.threshold = threshold;
        this.weighted = weighted;
    }

    public LexRankScorer() {
        this(0.1, false);
    }

    @Override
    public String name() {
        return "lexrank";
    }

    @Override
    public double[] score(ScoringContext doc) {
        return doc.memo("lexrank " + threshold + " " + weighted, () -> rank(doc));
    }

    private double[] rank(ScoringContext doc) {
        double[][] cos = doc.cosineMatrix();
        int g = cos.length;
        double[][] w = new double[g][g];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                if (i != j && cos[i][j] > threshold) {
                    w[i][j] = weighted ? cos[i][j] : 1;
                }
            }
        }
        double[] r = PageRank.rank(w, 0.85);
        double[] s = new double[doc.size()];
        System.arraycopy(r, 0, s, 0, g);
        return s;
    }
}
