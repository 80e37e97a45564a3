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

    /**
     * The sum of vectors: each id's weights added in the order of the vectors, as a map that merges them one by one
     * would add them (so the sums are the same to the last bit), without boxing each weight.
     */
    static SparseVector sum(Iterable<SparseVector> vectors) {
        int total = 0;
        int maxId = -1;
        for (SparseVector v : vectors) {
            total += v.ids.length;
            if (v.ids.length > 0) {
                maxId = Math.max(maxId, v.ids[v.ids.length - 1]);
            }
        }
        // Dense when the ids are few for the weights (a day's stories: 900,000 weights over 100,000 ids), so that
        // the weights are added in place instead of sorted; sorted when they are spread (a story of a few documents).
        return maxId < 4L * total ? sumDense(vectors, maxId) : sumSorted(vectors, total);
    }

    private static SparseVector sumDense(Iterable<SparseVector> vectors, int maxId) {
        double[] dense = new double[maxId + 1];
        boolean[] seen = new boolean[maxId + 1];
        int n = 0;
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.ids.length; i++) {
                int id = v.ids[i];
                if (seen[id]) {
                    dense[id] = dense[id] + v.weights[i];
                } else {
                    seen[id] = true;
                    dense[id] = v.weights[i];
                    n++;
                }
            }
        }
        // The ids used, in increasing order: one pass over at most four times as many slots as weights.
        int[] ids = new int[n];
        double[] w = new double[n];
        for (int id = 0, k = 0; id <= maxId; id++) {
            if (seen[id]) {
                ids[k] = id;
                w[k++] = dense[id];
            }
        }
        return ofSorted(ids, w);
    }

    private static SparseVector sumSorted(Iterable<SparseVector> vectors, int total) {
        // (id, position) packed in a long sorts by id, then by the weight's place in the vectors' order.
        long[] keys = new long[total];
        double[] all = new double[total];
        int k = 0;
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.ids.length; i++) {
                keys[k] = (long) v.ids[i] << 32 | k;
                all[k] = v.weights[i];
                k++;
            }
        }
        Arrays.sort(keys);
        int[] ids = new int[total];
        double[] w = new double[total];
        int n = 0;
        for (int x = 0; x < total; x++) {
            int id = (int) (keys[x] >>> 32);
            double weight = all[(int) keys[x]];
            if (n > 0 && ids[n - 1] == id) {
                w[n - 1] = w[n - 1] + weight;
            } else {
                ids[n] = id;
                w[n++] = weight;
            }
        }
        return ofSorted(Arrays.copyOf(ids, n), Arrays.copyOf(w, n));
    }
}
