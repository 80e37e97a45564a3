package org.daybrief.summarize;

/** Weighted PageRank by power iteration over a dense symmetric or directed weight matrix. */
final class PageRank {

    private PageRank() {
    }

    /**
     * Scores of the nodes of {@code w} (w[i][j] = weight of the edge i→j), damping {@code d}; rows with no
     * outgoing weight spread uniformly. Deterministic: fixed iteration order, fixed iteration cap.
     */
    static double[] rank(double[][] w, double d) {
        int n = w.length;
        double[] p = new double[n];
        if (n == 0) {
            return p;
        }
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += w[i][j];
            }
            rowSum[i] = s;
        }
        // Each row's non-zero weights, in column order: the graphs are sparse (LexRank's threshold, sentences
        // without shared terms), and skipping a zero weight is what the dense loop did too, so every sum adds
        // the same terms in the same order.
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = w[i];
            int nonZero = 0;
            for (int j = 0; j < n; j++) {
                if (row[j] != 0) {
                    nonZero++;
                }
            }
            int[] c = new int[nonZero];
            double[] v = new double[nonZero];
            for (int j = 0, k = 0; j < n; j++) {
                if (row[j] != 0) {
                    c[k] = j;
                    v[k++] = row[j];
                }
            }
            cols[i] = c;
            vals[i] = v;
        }
        java.util.Arrays.fill(p, 1.0 / n);
        double[] next = new double[n];
        for (int iter = 0; iter < 100; iter++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) {
                    dangling += p[i];
                }
            }
            double base = (1 - d) / n + d * dangling / n;
            java.util.Arrays.fill(next, base);
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) {
                    continue;
                }
                double share = d * p[i] / rowSum[i];
                int[] c = cols[i];
                double[] v = vals[i];
                for (int k = 0; k < c.length; k++) {
                    next[c[k]] += share * v[k];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - p[i]);
            }
            double[] t = p;
            p = next;
            next = t;
            if (delta < 1e-5) {
                break;
            }
        }
        return p;
    }
}
