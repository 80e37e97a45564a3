package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.Test;

class PosContextsTest {

    private static final NlpModels NLP = NlpModels.load();

    /** The sentences {@code PosModelsTest} tags, with more words that try the feature generators' edges. */
    private static List<String[]> sentences(String language) throws Exception {
        List<String[]> out = new ArrayList<>(PosModelsTest.taggerSentences(NLP, language));
        if (language.equals("en")) {
            out.add(new String[] {"A", "1,000", "12/05", "3.5", "B2B", "İstanbul", "ǅ", "東京", "ひらがな", "カタカナ"});
            out.add(new String[] {"Go"});
            out.add(new String[] {"Stop", "."});
        } else {
            out.add(new String[0]);
        }
        return out;
    }

    @Test
    void aTokensRowsAreThoseOfOpenNlpsFeaturesInTheirOrderAndGiveTheSameProbabilities() throws Exception {
        int tokens = 0;
        for (String language : List.of("en", "de")) {
            POSModel model = PosModels.taggerModel(language);
            PosContexts rows = PosContexts.of(model);
            assertThat(rows).as(language).isNotNull();
            GISModel classifier = model.getArtifact(PosModels.CLASSIFIER_ENTRY);
            @SuppressWarnings("unchecked")
            Map<String, Context> pmap = (Map<String, Context>) classifier.getDataStructures()[1];
            POSTaggerME openNlp = new POSTaggerME(model);
            SequenceValidator<String> validator = model.getFactory().getSequenceValidator();
            for (String[] sentence : sentences(language)) {
                // A fresh generator per sentence: OpenNLP's caches features by token array and index.
                POSContextGenerator generator = model.getFactory().getPOSContextGenerator(0);
                String[] tags = openNlp.tag(sentence);
                int[] tagIndexes = Arrays.stream(tags).mapToInt(classifier::getIndex).toArray();
                for (int i = 0; i < sentence.length; i++) {
                    String[] features = generator.getContext(i, sentence, Arrays.copyOf(tags, i), null);
                    List<Context> expected = Arrays.stream(features).map(pmap::get).filter(Objects::nonNull).toList();
                    Context[] out = new Context[32];
                    int n = rows.rows(sentence, i, tagIndexes, out);
                    assertThat(Arrays.asList(out).subList(0, n)).as("%s: token %d of %s (%s)", language, i,
                            String.join(" ", sentence), String.join(" ", features)).containsExactlyElementsOf(expected);
                    double[] probabilities = rows.probabilities(sentence, i, tagIndexes,
                            new double[classifier.getNumOutcomes()]);
                    assertThat(probabilities).containsExactly(classifier.eval(features));
                    boolean[] allowed = rows.allowed(sentence[i]);
                    for (int o = 0; o < allowed.length; o++) {
                        assertThat(allowed[o]).isEqualTo(validator.validSequence(i, sentence, tags,
                                classifier.getOutcome(o)));
                    }
                    tokens++;
                }
            }
        }
        assertThat(tokens).isGreaterThan(1000);
    }

    @Test
    void aModelWithOtherFeaturesIsLeftToOpenNlpsGeneratorAndStillTaggedAsOpenNlpTagsIt() throws Exception {
        POSModel english = PosModels.taggerModel("en");
        String descriptor = new String((byte[]) english.getArtifact(PosModels.FEATURE_GENERATOR_ENTRY),
                StandardCharsets.UTF_8);
        assertThat(PosContexts.normalised(descriptor)).isEqualTo(PosContexts.DESCRIPTOR);
        String other = descriptor.replace("<int name=\"prevLength\">2</int>", "<int name=\"prevLength\">3</int>");
        assertThat(other).isNotEqualTo(descriptor);
        POSModel model = new POSModel("en", english.getArtifact(PosModels.CLASSIFIER_ENTRY), 1, null,
                new POSTaggerFactory(other.getBytes(StandardCharsets.UTF_8), Map.of(),
                        english.getFactory().getTagDictionary()));
        assertThat(PosContexts.of(model)).isNull();
        GreedyTagger greedy = new GreedyTagger(model);
        POSTaggerME openNlp = new POSTaggerME(model);
        for (String[] s : sentences("en").subList(0, 20)) {
            assertThat(greedy.tag(s)).containsExactly(openNlp.tag(s));
        }
    }
}
