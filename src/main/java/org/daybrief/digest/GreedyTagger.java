package org.daybrief.digest;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with a POS model the way OpenNLP's {@code POSTaggerME} does with a beam of one (see
 * {@link PosModels#greedy}): at each token, the likeliest tag the model's tag dictionary allows, given the tags
 * before it. OpenNLP's beam search sorts every token's tag probabilities to find its beam's threshold, even for a
 * beam of one; that sort was as costly as the model itself. One instance per thread (the context generator keeps
 * state); {@code GreedyTaggerTest} checks that the tags are {@code POSTaggerME}'s.
 */
final class GreedyTagger {

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probabilities;

    GreedyTagger(POSModel pos) {
        this.model = pos.getArtifact(PosModels.CLASSIFIER_ENTRY);
        this.contexts = pos.getFactory().getPOSContextGenerator(1);
        this.validator = pos.getFactory().getSequenceValidator();
        this.probabilities = new double[model.getNumOutcomes()];
    }

    String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String[] before = java.util.Arrays.copyOf(tags, i);
            double[] scores = model.eval(contexts.getContext(i, tokens, before, null), probabilities);
            int best = -1;
            for (int o = 0; o < scores.length; o++) {
                if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, tokens, before,
                        model.getOutcome(o))) {
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
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }
}
