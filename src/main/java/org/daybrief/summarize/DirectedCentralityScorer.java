package org.daybrief.summarize;

/**
 * Position-aware ("directed") degree centrality in the spirit of PacSum (Zheng &amp; Lapata 2019): a
 * sentence is central when later sentences elaborate on it. Edges are TF-IDF cosines above
 * {@code min + beta * (max - min)}; similarity to following sentences counts with weight {@code forward},
 * to preceding ones with weight {@code backward} (usually negative or small).
 */
public final class DirectedCentralityScorer implements SentenceScorer {

    private final double beta;
    private final double forward;
    private final double backward;

    public DirectedCentralityScorer(double beta, double forward, double backward) {
        this.beta = beta;
        this.forward = forward;
        this.backward = backward;
    }

    public DirectedCentralityScorer() {
        this(0.3, 1.0, -0.3);
    }

    @Override
    public String name() {
        return "directed";
    }

    @Override
    public double[] score(ScoringContext doc) {
        double[][] cos = doc.cosineMatrix();
        int g = cos.length;
        double[] s = new double[doc.size()];
        if (g < 2) {
            return s;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < g; i++) {
            for (int j = i + 1; j < g; j++) {
                min = Math.min(min, cos[i][j]);
                max = Math.max(max, cos[i][j]);
            }
        }
        double cut = min + beta * (max - min);
        for (int i = 0; i < g; i++) {
            double sum = 0;
            for (int j = 0; j < g; j++) {
                double e = cos[i][j] - cut;
                if (j == i || e <= 0) {
                    continue;
                }
                sum += j > i ? forward * e : backward * e;
            }
            s[i] = sum;
        }
        double lo = Double.MAX_VALUE;
        for (int i = 0; i < g; i++) {
            lo = Math.min(lo, s[i]);
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = i < g ? s[i] - lo : 0;
        }
        return s;
    }
}
