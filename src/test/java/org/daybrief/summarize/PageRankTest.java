package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PageRankTest {

    @Test
    void sameScoresToTheLastBitAsTheDenseIteration() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(40);
            double density = random.nextDouble();
            double[][] w = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && random.nextDouble() < density) {
                        w[i][j] = random.nextBoolean() ? 1 : random.nextDouble();
                    }
                }
            }
            assertThat(PageRank.rank(w, 0.85)).isEqualTo(dense(w, 0.85));
        }
    }

    @Test
    void aStarRanksItsCentreFirst() {
        double[][] w = {{0, 1, 1}, {1, 0, 0}, {1, 0, 0}};
        double[] r = PageRank.rank(w, 0.85);
        assertThat(r[0]).isGreaterThan(r[1]);
        assertThat(r[1]).isEqualTo(r[2]);
    }

    /** The power iteration over the dense matrix, as PageRank computed it before it kept sparse rows. */
    private static double[] dense(double[][] w, double d) {
        int n = w.length;
        double[] p = new double[n];
        if (n == 0) {
            return p;
        }
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSum[i] += w[i][j];
            }
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
            java.util.Arrays.fill(next, (1 - d) / n + d * dangling / n);
            for (int i = 0; i < n; i++) {
                if (rowSum[i] != 0) {
                    double share = d * p[i] / rowSum[i];
                    for (int j = 0; j < n; j++) {
                        if (w[i][j] != 0) {
                            next[j] += share * w[i][j];
                        }
                    }
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
