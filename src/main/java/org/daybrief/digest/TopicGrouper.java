package org.daybrief.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a digest's stories into a handful of topics: average-link agglomerative clustering of the stories' TF-IDF
 * vectors, merging the closest pair of groups while their mean cosine is at least {@link #TOPIC_COSINE} (well
 * below {@link StoryGrouper}'s story thresholds: stories of one topic share subject words, not names). When
 * more than {@link #MAX_TOPICS} groups remain, the lightest single-story groups are gathered into one last
 * "other" group. At most {@link #MAX_CLUSTERED} stories are clustered (the rest go to "other"), which bounds
 * the cubic merging. Deterministic: ties go to the lower story indexes.
 */
final class TopicGrouper {

    static final double TOPIC_COSINE = 0.18;
    static final int MAX_TOPICS = 6;
    static final int MAX_CLUSTERED = 300;

    private TopicGrouper() {
    }

    /**
     * @param vectors unit vectors of the stories, most important first
     * @param weights the stories' importance
     * @return groups of story indexes, each in increasing order; the last group is "other" when {@code other[0]}
     */
    static List<List<Integer>> group(List<SparseVector> vectors, double[] weights, boolean[] other) {
        int n = vectors.size();
        int m = Math.min(n, MAX_CLUSTERED);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        double[][] sim = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                sim[i][j] = vectors.get(i).dot(vectors.get(j));
                sim[j][i] = sim[i][j];
            }
        }
        while (groups.size() > 1) {
            int ba = -1;
            int bb = -1;
            double best = TOPIC_COSINE;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double s = 0;
                    for (int x : groups.get(a)) {
                        for (int y : groups.get(b)) {
                            s += sim[x][y];
                        }
                    }
                    s /= groups.get(a).size() * groups.get(b).size();
                    if (s >= best && (ba < 0 || s > best)) {
                        best = s;
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (ba < 0) {
                break;
            }
            groups.get(ba).addAll(groups.remove(bb));
            groups.get(ba).sort(null);
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = m; i < n; i++) {
            rest.add(i);
        }
        // Too many topics: keep the groups of several stories, then the heaviest single stories; fold the rest.
        List<List<Integer>> ranked = new ArrayList<>(groups);
        ranked.sort((a, b) -> {
            int c = Boolean.compare(b.size() > 1, a.size() > 1);
            if (c == 0) {
                c = Double.compare(weight(b, weights), weight(a, weights));
            }
            return c != 0 ? c : Integer.compare(a.get(0), b.get(0));
        });
        List<List<Integer>> out = new ArrayList<>();
        if (ranked.size() + (rest.isEmpty() ? 0 : 1) <= MAX_TOPICS) {
            out.addAll(ranked);
        } else {
            out.addAll(ranked.subList(0, MAX_TOPICS - 1));
            for (List<Integer> g : ranked.subList(MAX_TOPICS - 1, ranked.size())) {
                rest.addAll(g);
            }
        }
        rest.sort(null);
        other[0] = !rest.isEmpty();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    static double weight(List<Integer> group, double[] weights) {
        double s = 0;
        for (int i : group) {
            s += weights[i];
        }
        return s;
    }
}
