package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparseVectorTest {

    /** The sum as a map that merges the weights one by one gives it: what digests were built with before. */
    private static SparseVector mergedOneByOne(List<SparseVector> vectors) {
        Map<Integer, Double> acc = new TreeMap<>();
        for (SparseVector v : vectors) {
            for (int i = 0; i < v.ids().length; i++) {
                acc.merge(v.ids()[i], v.weights()[i], Double::sum);
            }
        }
        return SparseVector.of(acc);
    }

    /** Ids from a few (summed in place) and from many (summed by sorting), vectors from one to a few hundred. */
    @ParameterizedTest
    @CsvSource({"60, 6", "100000, 6", "2000, 300"})
    void sumIsTheOneByOneMergeToTheLastBit(int idRange, int maxVectors) {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<SparseVector> vectors = new ArrayList<>();
            for (int v = random.nextInt(maxVectors); v >= 0; v--) {
                Map<Integer, Double> weights = new TreeMap<>();
                for (int t = random.nextInt(40); t > 0; t--) {
                    weights.put(random.nextInt(idRange), random.nextDouble() / (1 + random.nextInt(1000)));
                }
                vectors.add(SparseVector.of(weights).unit());
            }
            SparseVector expected = mergedOneByOne(vectors);
            SparseVector sum = SparseVector.sum(vectors);
            assertThat(sum.ids()).containsExactly(expected.ids());
            assertThat(sum.weights()).containsExactly(expected.weights());
            assertThat(sum.norm()).isEqualTo(expected.norm());
        }
    }

    @Test
    void sumOfNothingIsEmpty() {
        assertThat(SparseVector.sum(List.of()).ids()).isEmpty();
        assertThat(SparseVector.sum(List.of()).norm()).isZero();
    }
}
