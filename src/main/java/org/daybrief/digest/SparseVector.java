package org.daybrief.digest;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A sparse term-weight vector: term ids in increasing order, their weights and the Euclidean norm. Immutable. */
record SparseVector(int[] ids, double[] weights, double norm) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0], 0);

    static SparseVector of(Map<Integer, Double> weights) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(weights);
        int[] ids = new int[sorted.size()];
        double[] w = new double[sorted.size()];
        int k = 0;
        double s = 0;
        for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
            ids[k] = e.getKey();
            w[k] = e.getValue();
            s += w[k] * w[k];
            k++;
        }
        return new SparseVector(ids, w, Math.sqrt(s));
    }

    /** A vector of ids already in increasing order, and their weights (kept, not copied). */
    static SparseVector ofSorted(int[] ids, double[] weights) {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return new SparseVector(ids, weights, Math.sqrt(s));
    }

    double dot(SparseVector o) {
        int[] a = ids;
        int[] b = o.ids;
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                dot += weights[x++] * o.weights[y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }

    double cosine(SparseVector o) {
        return norm == 0 || o.norm == 0 ? 0 : dot(o) / (norm * o.norm);
    }

    /** This vector scaled to unit length (or empty). */
    SparseVector unit() {
        if (norm == 0) {
            return EMPTY;
        }
        double[] w = Arrays.copyOf(weights, weights.length);
        for (int i = 0; i < w.length; i++) {
            w[i] /= norm;
        }
        return new SparseVector(ids, w, 1);
    }

    /** The sum of vectors. */
    static SparseVector sum(Iterable<SparseVector> vectors) {
        TreeMap<Integer, Double> acc = new TreeMap<>();
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.ids.length; i++) {
                acc.merge(v.ids[i], v.weights[i], Double::sum);
            }
        }
        return of(acc);
    }
}
