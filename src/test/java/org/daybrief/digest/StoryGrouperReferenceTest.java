package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The grouper's links (compared on every core, cosines read from a spread-out vector) are those of the plain
 * algorithm: candidates from blocking (or every pair on a small day), {@link SparseVector#dot} cosines, links made
 * one by one. Checked on generated days with earlier documents, in both modes.
 */
class StoryGrouperReferenceTest {

    /** The plain grouping: the same rules, written the simplest way. */
    private static StoryGrouper.Grouping reference(StoryGrouper g, List<StoryGrouper.Item> items, int current) {
        int n = items.size();
        UnionFind sets = new UnionFind(current);
        Map<Integer, TreeSet<Integer>> earlier = new TreeMap<>();
        Set<Long> near = new HashSet<>();
        for (long[] pair : g.nearDuplicatePairs()) {
            link(sets, earlier, current, (int) pair[0], (int) pair[1]);
            near.add(pair[0] * n + pair[1]);
        }
        List<Set<String>> names = new ArrayList<>();
        Map<String, Integer> nameFrequency = new HashMap<>();
        for (StoryGrouper.Item item : items) {
            Set<String> s = StoryGrouper.names(item.title() + ".\n" + StoryGrouper.lead(item.body()));
            names.add(s);
            s.forEach(x -> nameFrequency.merge(x, 1, Integer::sum));
        }
        Map<Integer, List<Integer>> postings = new HashMap<>();
        Map<String, List<Integer>> namePostings = new HashMap<>();
        List<List<Integer>> top = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SparseVector v = g.vector(i);
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < v.ids().length; k++) {
                order.add(k);
            }
            order.sort((a, b) -> v.weights()[a] != v.weights()[b] ? Double.compare(v.weights()[b], v.weights()[a])
                    : Integer.compare(v.ids()[a], v.ids()[b]));
            List<Integer> terms = order.subList(0, Math.min(StoryGrouper.TOP_TERMS, order.size())).stream()
                    .map(k -> v.ids()[k]).toList();
            top.add(terms);
            for (int t : terms) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            for (String name : names.get(i)) {
                namePostings.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        int rare = Math.max(StoryGrouper.RARE_MIN, (int) Math.ceil(StoryGrouper.RARE_SHARE * n));
        long compared = 0;
        for (int i = 0; i < Math.min(n, current); i++) {
            TreeSet<Integer> candidates = new TreeSet<>();
            List<List<Integer>> lists = new ArrayList<>();
            top.get(i).forEach(t -> lists.add(postings.get(t)));
            names.get(i).forEach(s -> lists.add(namePostings.get(s)));
            for (int j = i + 1; j < n; j++) {
                int jj = j;
                if (n <= StoryGrouper.ALL_PAIRS_UP_TO || lists.stream()
                        .anyMatch(l -> l.size() <= StoryGrouper.MAX_POSTINGS && l.contains(jj))) {
                    candidates.add(j);
                }
            }
            for (int j : candidates) {
                if (near.contains((long) i * n + j)) {
                    continue;
                }
                compared++;
                double cos = g.vector(i).dot(g.vector(j));
                int shared = 0;
                for (String s : names.get(i)) {
                    if (names.get(j).contains(s) && nameFrequency.get(s) <= rare) {
                        shared++;
                    }
                }
                if (cos >= StoryGrouper.SAME_EVENT_COSINE
                        || (cos >= StoryGrouper.RELATED_COSINE && shared >= StoryGrouper.SHARED_NAMES)) {
                    link(sets, earlier, current, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < current; i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        return new StoryGrouper.Grouping(byRoot.values().stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList(), earlier, compared);
    }

    private static void link(UnionFind sets, Map<Integer, TreeSet<Integer>> earlier, int current, int i, int j) {
        if (j < current) {
            sets.union(i, j);
        } else if (i < current) {
            earlier.computeIfAbsent(i, k -> new TreeSet<>()).add(j);
        }
    }

    private static void check(int documents, int current, long seed) {
        List<StoryGrouper.Item> items = GroupingScaleTest.generate(documents, seed).items();
        StoryGrouper grouper = new StoryGrouper(items, current, TextTools.ruleBased());
        StoryGrouper.Grouping found = grouper.group();
        StoryGrouper.Grouping expected = reference(grouper, items, current);
        assertThat(found.groups().stream().map(Arrays::toString).toList())
                .isEqualTo(expected.groups().stream().map(Arrays::toString).toList());
        assertThat(found.earlierMatches()).isEqualTo(expected.earlierMatches());
        assertThat(found.pairsCompared()).isEqualTo(expected.pairsCompared());
        // Enough happened to check: stories of several documents, and updates of earlier ones.
        assertThat(found.groups()).anyMatch(group -> group.length > 1);
        assertThat(found.earlierMatches()).isNotEmpty();
    }

    /** A title and its text give the names of the two joined as a sentence each, in the same order. */
    @Test
    void namesOfTitleAndTextAreThoseOfTheJoinedText() {
        String[][] cases = {
            {"Port strike enters day 3", "Dockworkers at Halvorsen said 2,400 staff walked out."},
            {"Budget of 2,400", "000 new homes. Mayor Ortiz said Kellford would pay."},
            {"Vote in Kellford: 9-4", "The Kellford City Council voted 9-4 on Monday, Ortiz said."},
            {"", "Only A body With Names and 12.5 numbers"},
            {"Only a title naming Ortiz and 2025", ""},
            {"Ends with a number 12.", "5 starts the text"},
        };
        for (String[] c : cases) {
            assertThat(List.copyOf(StoryGrouper.names(c[0], c[1])))
                    .as(c[0] + " | " + c[1])
                    .isEqualTo(List.copyOf(StoryGrouper.names(c[0] + ".\n" + c[1])));
        }
        assertThat(StoryGrouper.names(cases[2][0], cases[2][1])).contains("kellford", "city", "council", "ortiz");
    }

    @Test
    void everyPairOnASmallDayGivesThePlainGrouping() {
        check(280, 200, 3);
    }

    @Test
    void blockingOnALargerDayGivesThePlainGrouping() {
        check(900, 700, 5);
    }
}
