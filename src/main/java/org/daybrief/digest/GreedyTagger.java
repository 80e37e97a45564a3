package org.daybrief.digest;

import java.util.function.IntPredicate;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with a POS model the way OpenNLP's {@code POSTaggerME} does with a beam of one (see
 * {@link PosModels#greedy}): at each token, the likeliest tag the model's tag dictionary allows, given the tags
 * before it. OpenNLP's beam search sorts every token's tag probabilities to find its beam's threshold, even for a
 * beam of one; that sort was as costly as the model itself. For the descriptor OpenNLP's models ship with, a
 * token's features come from {@link PosContexts} (looked up once per word) instead of OpenNLP's generator (built as
 * strings for every token): the same probabilities, at a fraction of the cost. One instance per thread (the
 * context generator, or {@link PosContexts}' memo of words, keeps state); {@code PosModelsTest} checks that the
 * tags are {@code POSTaggerME}'s.
 */
final class GreedyTagger {

    private final MaxentModel model;
    /** OpenNLP's feature generator, made only for a model {@link PosContexts} does not serve. */
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probabilities;
    /** The fast path, or null for a model whose features only OpenNLP's generator knows. */
    private final PosContexts rows;

    GreedyTagger(POSModel pos) {
        this.model = pos.getArtifact(PosModels.CLASSIFIER_ENTRY);
        this.validator = pos.getFactory().getSequenceValidator();
        this.probabilities = new double[model.getNumOutcomes()];
        this.rows = PosContexts.of(pos);
        this.contexts = rows == null ? pos.getFactory().getPOSContextGenerator(1) : null;
    }

    String[] tag(String[] tokens) {
        if (rows != null) {
            return tagByRows(tokens);
        }
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String[] before = java.util.Arrays.copyOf(tags, i);
            double[] scores = model.eval(contexts.getContext(i, tokens, before, null), probabilities);
            int at = i;
            tags[i] = model.getOutcome(best(scores, o -> validator.validSequence(at, tokens, before,
                    model.getOutcome(o))));
        }
        return tags;
    }

    /** As {@link #tag}, the same choices, from {@link PosContexts}. */
    private String[] tagByRows(String[] tokens) {
        int[] tags = new int[tokens.length];
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            boolean[] allowed = rows.allowed(tokens[i]);
            tags[i] = best(rows.probabilities(tokens, i, tags, probabilities), o -> allowed[o]);
            out[i] = rows.outcome(tags[i]);
        }
        return out;
    }

    /** The likeliest tag the dictionary allows (the first of equals); when it allows none, the likeliest. */
    private static int best(double[] scores, IntPredicate allowed) {
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if ((best < 0 || scores[o] > scores[best]) && allowed.test(o)) {
                best = o;
            }
        }
        // No tag allowed: OpenNLP's search ends the sequence there; the rest keep the likeliest tag.
        if (best < 0) {
            for (int o = 0; o < scores.length; o++) {
                if (best < 0 || scores[o] > scores[best]) {
                    best = o;
                }
            }
        }
        return best;
    }
}
