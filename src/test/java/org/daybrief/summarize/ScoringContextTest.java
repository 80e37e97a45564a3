package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.daybrief.text.RuleBasedSplitter;
import org.daybrief.text.TermAnalyzer;
import org.junit.jupiter.api.Test;

class ScoringContextTest {

    private static final String[] WORDS = {"storm", "coast", "roads", "closed", "crews", "trees", "schools", "wind",
        "river", "town", "homes", "rain", "power", "the", "and", "of"};

    @Test
    void pairMatricesAgreeWithEachPairComputedOnItsOwn() {
        Random random = new Random(3);
        StringBuilder body = new StringBuilder("Heading without terms. ");
        for (int s = 0; s < 95; s++) {
            int words = random.nextInt(12);
            body.append("Then");
            for (int w = 0; w < words; w++) {
                body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            body.append(". ");
        }
        String text = body.toString();
        ScoringContext doc = new ScoringContext("Storm", text, new RuleBasedSplitter().split(text),
                TermAnalyzer.simple());
        int g = doc.graphSize();
        assertThat(g).isEqualTo(ScoringContext.GRAPH_LIMIT);
        double[][] cos = doc.cosineMatrix();
        int[][] overlap = doc.overlapMatrix();
        for (int i = 0; i < g; i++) {
            double[] dense = new double[doc.vocabularySize()];
            int[] ids = doc.uniqueTerms(i);
            for (int k = 0; k < ids.length; k++) {
                dense[ids[k]] = doc.weights(i)[k];
            }
            for (int j = 0; j < g; j++) {
                double expected = i == j ? 0 : doc.cosineWith(j, dense, doc.norm(i));
                assertThat(cos[i][j]).as("cosine %d %d", i, j).isEqualTo(Double.isNaN(expected) ? 0 : expected);
                int shared = i == j ? 0 : (int) Arrays.stream(doc.uniqueTerms(j))
                        .filter(t -> Arrays.binarySearch(ids, t) >= 0).count();
                assertThat(overlap[i][j]).as("overlap %d %d", i, j).isEqualTo(shared);
            }
        }
    }

    @Test
    void aLabelledCaptionGluedToACutPieceIsNotACandidateOneAfterAStopIs() {
        String body = "Scroll down for video of the arrest at the state university campus Struggle: Manhart, 38, "
                + "is shown refusing to release the flag. Cause: Manhart came to the campus because students were "
                + "walking on the flag.";
        ScoringContext doc = new ScoringContext(null, body, CaptionSeams.forLanguage("en").split(body,
                new RuleBasedSplitter().split(body)), TermAnalyzer.simple());
        assertThat(doc.size()).isEqualTo(3);
        assertThat(doc.text(1)).startsWith("Struggle:");
        assertThat(doc.candidates()).containsExactly(false, false, true);
    }
}
