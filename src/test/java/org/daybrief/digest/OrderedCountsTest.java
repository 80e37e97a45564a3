package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedCountsTest {

    @Test
    void countsInOrderOfFirstOccurrenceWithWeights() {
        OrderedCounts counts = new OrderedCounts();
        counts.add("tram", 2);
        counts.add("council", 1);
        counts.add("tram", 1);
        // An equal word that is another String instance (another thread's memo) is the same term.
        counts.add(new String("council".toCharArray()), 3);
        OrderedCounts.Counted counted = counts.counted();
        assertThat(counted.terms()).containsExactly("tram", "council");
        assertThat(counted.counts()).containsExactly(3, 4);
    }

    @Test
    void aClearedCounterStartsAgainAndKeepsNothing() {
        OrderedCounts counts = new OrderedCounts();
        counts.add("strike", 1);
        counts.add("port", 1);
        counts.clear();
        counts.add("port", 5);
        OrderedCounts.Counted counted = counts.counted();
        assertThat(counted.terms()).containsExactly("port");
        assertThat(counted.counts()).containsExactly(5);
    }

    @Test
    void sameAsAnInsertionOrderedMapPastEveryGrowthAndAcrossClears() {
        // Thousands of distinct words grow the arrays and the table several times; hash collisions included.
        Random random = new Random(7);
        OrderedCounts counts = new OrderedCounts();
        for (int text = 0; text < 5; text++) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            counts.clear();
            for (int w = 0; w < 6_000; w++) {
                String word = random.nextInt(4) == 0 ? (random.nextBoolean() ? "Aa" : "BB") // equal hash codes
                        : "w" + random.nextInt(3_000 + 1_000 * text);
                int weight = 1 + random.nextInt(2);
                counts.add(word, weight);
                expected.merge(word, weight, Integer::sum);
            }
            OrderedCounts.Counted counted = counts.counted();
            assertThat(counted.terms()).containsExactlyElementsOf(expected.keySet());
            assertThat(counted.counts()).containsExactly(expected.values().stream().mapToInt(Integer::intValue)
                    .toArray());
        }
    }
}
