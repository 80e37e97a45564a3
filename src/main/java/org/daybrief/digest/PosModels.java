package org.daybrief.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/** The part-of-speech models ({@code opennlp-models-pos-en}, {@code -de}) as the keyphrase tagger uses them. */
final class PosModels {

    /** Where a POS model keeps its classifier and its feature generator descriptor (package-private in OpenNLP). */
    static final String CLASSIFIER_ENTRY = "pos.model";
    static final String FEATURE_GENERATOR_ENTRY = "generator.featuregen";

    private PosModels() {
    }

    /** OpenNLP's POS models (UD tags) by language; the others are not served to this project's machines. */
    private static final Map<String, String> MODELS = Map.of(
            "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");

    /** The tagger's model: the English model decoded {@link #greedy greedily}; null without the model. */
    static POSModel taggerModel() {
        return taggerModel("en");
    }

    /** The tagger's model for a language, decoded {@link #greedy greedily}; null when it has none. */
    static POSModel taggerModel(String language) {
        return greedy(published(language));
    }

    /** The English POS model as published, or null when it is not on the classpath. */
    static POSModel english() {
        return published("en");
    }

    /** A language's POS model as published, or null when there is none on the classpath. */
    static POSModel published(String language) {
        String resource = MODELS.get(language);
        if (resource == null) {
            return null;
        }
        try (InputStream in = PosModels.class.getResourceAsStream(resource)) {
            return in == null ? null : new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the POS model " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The same model decoding with a beam of one (the best tag at each token, given the tags before it) instead
     * of the three the model names. Tagging is the largest part of a digest's time, and the beam costs it about
     * twice as much for the same tags: on the 48,765 sentences of cnndm-dev and bbc-dev not one tag differed
     * ({@code PosModelsTest} keeps checking the seeds). The factory is rebuilt from the model's own feature
     * generator descriptor and tag dictionary, as a loaded model's factory fills them in only on first use.
     */
    static POSModel greedy(POSModel model) {
        if (model == null) {
            return null;
        }
        MaxentModel classifier = model.getArtifact(CLASSIFIER_ENTRY);
        byte[] featureGenerator = model.getArtifact(FEATURE_GENERATOR_ENTRY);
        POSTaggerFactory factory = new POSTaggerFactory(featureGenerator, Map.of(),
                model.getFactory().getTagDictionary());
        return new POSModel(model.getLanguage(), classifier, 1, null, factory);
    }
}
