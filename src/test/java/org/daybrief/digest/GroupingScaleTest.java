package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Grouping time and quality on generated days where the right grouping is known: events told by one to four
 * documents (rewrites drawn from the event's names, numbers and words, in other sentences), some exact copies
 * with small edits. 1,000 documents always; 10,000 with {@code -Ddaybrief.bench=true}:
 * {@code mvn -q -B -o test -Dtest=GroupingScaleTest -Ddaybrief.bench=true}.
 */
class GroupingScaleTest {

    record Generated(List<StoryGrouper.Item> items, int[] event) {
    }

    static Generated generate(int documents, long seed) {
        Random r = new Random(seed);
        String[] common = new String[5000];
        for (int i = 0; i < common.length; i++) {
            common[i] = word(r, 4 + r.nextInt(5));
        }
        List<StoryGrouper.Item> items = new ArrayList<>();
        int[] event = new int[documents];
        int e = 0;
        while (items.size() < documents) {
            String[] names = new String[8];
            for (int k = 0; k < names.length; k++) {
                String w = word(r, 5 + r.nextInt(4));
                names[k] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            String[] words = new String[30];
            for (int k = 0; k < words.length; k++) {
                words[k] = common[(int) Math.min(common.length - 1, Math.abs(r.nextGaussian()) * 1500)];
            }
            int reports = 1 + r.nextInt(4);
            String first = null;
            for (int k = 0; k < reports && items.size() < documents; k++) {
                String body;
                if (k == 1 && r.nextInt(4) == 0) {
                    body = first.replaceFirst("\\.", ", officials said.") + " More details will follow."; // re-saved copy
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int s = 0; s < 14; s++) {
                        b.append("The");
                        for (int w = 0; w < 16; w++) {
                            int pick = r.nextInt(10);
                            String t = pick < 2 ? names[r.nextInt(names.length)] : pick < 5 ? words[r.nextInt(words.length)]
                                    : common[(int) Math.min(common.length - 1, Math.abs(r.nextGaussian()) * 1500)];
                            b.append(' ').append(t);
                        }
                        b.append(' ').append(1000 + e % 9000).append(".\n");
                    }
                    body = b.toString();
                }
                if (first == null) {
                    first = body;
                }
                event[items.size()] = e;
                items.add(new StoryGrouper.Item(names[0] + " " + words[0] + " " + words[1], body, "en"));
            }
            e++;
        }
        return new Generated(items, event);
    }

    private static String word(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** Pairwise precision and recall of the grouping against the generated events, and the seconds it took. */
    static double[] measure(int documents) {
        Generated g = generate(documents, 42);
        long t0 = System.nanoTime();
        StoryGrouper grouper = new StoryGrouper(g.items(), g.items().size(), TextTools.ruleBased());
        double analysis = (System.nanoTime() - t0) / 1e9;
        StoryGrouper.Grouping grouping = grouper.group();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long truePairs = 0;
        long foundPairs = 0;
        long correct = 0;
        Map<Integer, Integer> perEvent = new HashMap<>();
        for (int ev : g.event()) {
            perEvent.merge(ev, 1, Integer::sum);
        }
        for (int c : perEvent.values()) {
            truePairs += (long) c * (c - 1) / 2;
        }
        for (int[] group : grouping.groups()) {
            for (int a = 0; a < group.length; a++) {
                for (int b = a + 1; b < group.length; b++) {
                    foundPairs++;
                    if (g.event()[group[a]] == g.event()[group[b]]) {
                        correct++;
                    }
                }
            }
        }
        double precision = foundPairs == 0 ? 1 : correct / (double) foundPairs;
        double recall = truePairs == 0 ? 1 : correct / (double) truePairs;
        System.out.printf(Locale.ROOT, "grouping %,d documents: %.2f s (terms, names and MinHash %.2f s), %d stories, %,d pairs compared, "
                + "pair precision %.3f, recall %.3f%n", documents, seconds, analysis, grouping.groups().size(),
                grouping.pairsCompared(), precision, recall);
        return new double[] {precision, recall, seconds, grouping.pairsCompared()};
    }

    @Test
    void aThousandDocumentsAreGroupedRightComparingFewPairs() {
        double[] m = measure(1000);
        assertThat(m[0]).isGreaterThan(0.95);
        assertThat(m[1]).isGreaterThan(0.9);
        assertThat(m[3]).isLessThan(1000 * 999 / 2.0 / 4); // blocking: far fewer than all pairs
    }

    @Test
    void tenThousandDocumentsScaleRoughlyLinearly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("daybrief.bench"),
                "set -Ddaybrief.bench=true to run");
        double[] small = measure(1000);
        double[] big = measure(10000);
        assertThat(big[0]).isGreaterThan(0.95);
        assertThat(big[1]).isGreaterThan(0.9);
        // Blocking: a small share of all pairs, within the per-document bound of (top terms + names) x postings cap.
        assertThat(big[3]).isLessThan(0.02 * 10000 * 9999 / 2);
        assertThat(big[3] / 10000).isLessThan((StoryGrouper.TOP_TERMS + 40) * StoryGrouper.MAX_POSTINGS);
    }
}
