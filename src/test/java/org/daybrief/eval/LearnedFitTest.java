package org.daybrief.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daybrief.summarize.LearnedScorer;
import org.daybrief.summarize.ScoringContext;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedFitTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    @Test
    void oracleTakesTheSentencesThatMakeUpTheReference() {
        String body = "The council met on Tuesday to discuss the budget. Parking fees will double next spring. "
                + "A local bakery won a regional prize. The library will close on Sundays from March.";
        Summarizer any = Summarizer.create(nlp, "lead");
        ScoringContext ctx = any.context(null, body);
        String reference = "Parking fees will double next spring.\nThe library will close on Sundays from March.";

        boolean[] oracle = LearnedFit.oracle(ctx, LearnedScorer.features(ctx), reference, 3);

        // The third sentence would only add words the reference does not have, so the greedy oracle stops at two.
        assertThat(oracle).containsExactly(false, true, false, true);
    }

    @Test
    void solvesALinearSystem() {
        double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 0}};
        double[] x = LearnedFit.solve(a, new double[] {7, 6, 4});
        assertThat(x[0]).isCloseTo(1, within(1e-12));
        assertThat(x[1]).isCloseTo(2, within(1e-12));
        assertThat(x[2]).isCloseTo(3, within(1e-12));
    }

    @Test
    void aModelFittedWhereTheSummaryIsAlwaysTheEndingLearnsToPickTheEnding(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path refs = Files.createDirectories(dir.resolve("refs"));
        String[] subjects = {"council", "river", "museum", "airport", "school", "harbour", "station", "stadium",
            "hospital", "market", "bridge", "library", "theatre", "factory", "garden", "castle", "prison", "tunnel",
            "ferry", "clinic", "orchard", "quarry", "canal", "observatory"};
        for (int d = 0; d < subjects.length; d++) {
            String s = subjects[d];
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // Few shared words, so that no two sentences repeat each other (Redundancy) and any two can be chosen.
                sentences.add("On day " + (i + 1) + " the " + s + " saw " + word(d, i) + ", " + word(d + 7, i)
                        + " and " + word(d + 13, i) + ".");
            }
            Files.writeString(docs.resolve(s + ".txt"), String.join(" ", sentences) + "\n");
            Files.writeString(refs.resolve(s + ".txt"), sentences.get(6) + "\n" + sentences.get(7) + "\n");
        }
        LearnedFit.DataSet set = new LearnedFit.DataSet("endings", docs, refs, 1);

        LearnedFit.Result result = LearnedFit.run(Summarizer.preprocessor(nlp), List.of(set), 2, 1.0);

        assertThat(result.weights()).hasSize(LearnedScorer.FEATURES);
        assertThat(result.fitted().get(0).rouge1()).isGreaterThan(90);
        assertThat(result.crossValidated().get(0).rouge1()).isGreaterThan(90);
        double lead = Evaluation.run(nlp, docs, refs, List.of("lead"), 2).rows().get(0).rouge1();
        assertThat(lead).isLessThan(result.fitted().get(0).rouge1() - 10);
        assertThat(result.format()).contains("endings", "two-fold");
    }

    private static String word(int d, int i) {
        String[] words = {"apples", "bricks", "cables", "dunes", "engines", "flags", "glass", "hinges", "ink",
            "jars", "kettles", "lamps", "maps", "nails", "oars", "pipes", "quilts", "ropes", "sails", "tiles"};
        return words[(d * 3 + i * 5) % words.length];
    }
}
