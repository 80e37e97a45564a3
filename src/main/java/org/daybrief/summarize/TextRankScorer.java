package org.daybrief.summarize;

/**
 * TextRank (Mihalcea &amp; Tarau 2004): weighted PageRank where two sentences are linked by their shared
 * content terms normalised by the logs of their lengths. Sentences beyond
 * {@link ScoringContext#GRAPH_LIMIT} score zero.
 */
public final class TextRankScorer implements SentenceScorer {

    @Override
    public String name() {
        return "textrank";
    }

    @Override
    public double[] score(ScoringContext doc) {
        return doc.memo("textrank", () -> rank(doc));
    }

    private static double[] rank(ScoringContext doc) {
        int[][] overlap = doc.overlapMatrix();
        int g = overlap.length;
        double[][] w = new double[g][g];
        double[] logLen = new double[g];
        for (int i = 0; i < g; i++) {
            logLen[i] = Math.log(Math.max(2, doc.uniqueTerms(i).length));
        }
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                if (i != j && overlap[i][j] > 0) {
                    w[i][j] = overlap[i][j] / (logLen[i] + logLen[j]);
                }
            }
        }
        double[] r = PageRank.rank(w, 0.85);
        double[] s = new double[doc.size()];
        System.arraycopy(r, 0, s, 0, g);
        return s;
    }
}
