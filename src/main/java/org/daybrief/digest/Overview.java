package org.daybrief.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.daybrief.summarize.ScoredSentence;

/**
 * The day in brief that opens a digest: the best summary sentence of each of the most important stories, then
 * their next best until there are {@value #OVERVIEW_MIN}, at most {@value #OVERVIEW_MAX}; no sentence twice.
 * Stateless.
 */
final class Overview {

    static final int OVERVIEW_MIN = 3;
    static final int OVERVIEW_MAX = 5;

    private Overview() {
    }

    /**
     * @param stories      the digest's stories, in reading order
     * @param byImportance their indexes, most important first
     */
    static List<Digest.OverviewSentence> of(List<Story> stories, List<Integer> byImportance) {
        List<Digest.OverviewSentence> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        // First pass: the best sentence of each of the most important stories; second pass: their next best.
        for (int pass = 0; pass < 2 && out.size() < OVERVIEW_MIN; pass++) {
            for (int s = 0; s < byImportance.size() && out.size() < OVERVIEW_MAX; s++) {
                if (pass == 1 && out.size() >= OVERVIEW_MIN) {
                    break;
                }
                int at = byImportance.get(s);
                List<ScoredSentence> summary = stories.get(at).summary();
                List<ScoredSentence> ranked = summary.stream()
                        .sorted(Comparator.comparingDouble((ScoredSentence x) -> -x.score())
                                .thenComparingInt(ScoredSentence::index))
                        .toList();
                int taken = 0;
                for (ScoredSentence sentence : ranked) {
                    if (used.contains(sentence.text())) {
                        taken++;
                        continue;
                    }
                    if (taken == pass) {
                        used.add(sentence.text());
                        out.add(new Digest.OverviewSentence(sentence.text(), sentence.score(), at));
                        break;
                    }
                    taken++;
                }
            }
        }
        return out;
    }
}
