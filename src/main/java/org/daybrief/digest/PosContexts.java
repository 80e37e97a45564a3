package org.daybrief.digest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What a POS model's classifier sees of each token, as the model's parameter rows instead of feature strings, and
 * the classifier's probabilities from them. For the feature generator descriptor OpenNLP's POS models ship with
 * ({@link #DESCRIPTOR}), a token's features are a constant ({@code def}), its own suffixes, prefixes, lower-cased
 * form and word class, the lower-cased forms of the two tokens on either side, whether it or one of the two before it
 * starts the sentence, and the one and two tags before it. OpenNLP builds each of these as a new string for every
 * token and looks it up in the model's map; here every feature that depends on a word is looked up once per
 * distinct word (news repeats most of its words) and a token's rows are assembled from its words' and the tags'.
 * The rows come in OpenNLP's order and are summed by OpenNLP's own {@link ArrayMath#sumFeatures}, the prior and
 * normalisation are {@link GISModel}'s, so the probabilities are the same to the last bit ({@code PosContextsTest}
 * checks the rows against OpenNLP's strings). One instance per thread: it remembers words.
 */
final class PosContexts {

    /** The descriptor mirrored here, without its comments and white space. */
    static final String DESCRIPTOR = "<featureGeneratorscache=\"true\"name=\"posTagger\">"
            + "<generatorclass=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></generator>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">"
            + "<boolname=\"begin\">true</bool><boolname=\"end\">false</bool></generator></generator>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>"
            + "</featureGenerators>";

    /** OpenNLP's prefix and suffix lengths for this descriptor (its generators' defaults). */
    private static final int AFFIXES = 4;
    /** At most this many rows per token: def, 4 suffixes, 4 prefixes, 5 words, 3 sentence starts, 2 classes, 2 tags. */
    private static final int MAX_ROWS = 21;
    /** Distinct words remembered per instance before the memo is emptied: a long run keeps it bounded (about 5 MB). */
    static final int MAX_WORDS = 20_000;

    /** One word's rows, in OpenNLP's order within each part; a feature the model does not know has none. */
    private record Word(Context[] own, Context p1, Context p2, Context n1, Context n2, Context[] wordClass,
                        boolean[] allowed) {
    }

    /** The model's row of each feature string. */
    private final Map<String, Context> byFeature;
    private final String[] outcomes;
    private final SequenceValidator<String> validator;
    private final double logPrior;
    private final Context definition;
    private final Context[] sentenceStart;
    /** By tag index: the row of "t=" that tag; by two tag indexes: the row of "t2=" the two. */
    private final Context[] previousTag;
    private final Context[][] previousTags;
    private final Map<String, Word> words = new HashMap<>();
    private final Context[] buffer = new Context[MAX_ROWS];

    private PosContexts(GISModel classifier, SequenceValidator<String> validator) {
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) classifier.getDataStructures()[1];
        this.byFeature = pmap;
        this.outcomes = new String[classifier.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = classifier.getOutcome(o);
        }
        this.validator = validator;
        // GISModel's prior as a read model has it: uniform.
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomes, null);
        double[] dist = new double[outcomes.length];
        prior.logPrior(dist, (int[]) null, null);
        this.logPrior = dist[0];
        this.definition = pmap.get("def");
        this.sentenceStart = new Context[] {pmap.get("S=begin"), pmap.get("p1S=begin"), pmap.get("p2S=begin")};
        this.previousTag = new Context[outcomes.length];
        this.previousTags = new Context[outcomes.length][outcomes.length];
        for (int a = 0; a < outcomes.length; a++) {
            previousTag[a] = pmap.get("t=" + outcomes[a]);
            for (int b = 0; b < outcomes.length; b++) {
                previousTags[a][b] = pmap.get("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
    }

    /**
     * For a model with the descriptor mirrored here, a GIS classifier and OpenNLP's tag dictionary check; null for
     * any other, which is then tagged through OpenNLP's own feature generator.
     */
    static PosContexts of(POSModel model) {
        Object classifier = model.getArtifact(PosModels.CLASSIFIER_ENTRY);
        byte[] descriptor = model.getArtifact(PosModels.FEATURE_GENERATOR_ENTRY);
        SequenceValidator<String> validator = model.getFactory().getSequenceValidator();
        if (classifier == null || classifier.getClass() != GISModel.class || descriptor == null
                || validator.getClass() != DefaultPOSSequenceValidator.class
                || !DESCRIPTOR.equals(normalised(new String(descriptor, StandardCharsets.UTF_8)))) {
            return null;
        }
        return new PosContexts((GISModel) classifier, validator);
    }

    /** A descriptor without its XML comments and white space. */
    static String normalised(String descriptor) {
        return descriptor.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
    }

    String outcome(int o) {
        return outcomes[o];
    }

    /**
     * By tag index, whether the tag dictionary allows the tag for {@code token}, as OpenNLP's validator says; the
     * array is the memo's own, to be read only.
     */
    boolean[] allowed(String token) {
        return word(token).allowed();
    }

    /**
     * The classifier's probabilities for token {@code i}, given the tag indexes of the tokens before it, into
     * {@code probabilities}: what {@code GISModel.eval} gives for OpenNLP's context of that token.
     */
    double[] probabilities(String[] tokens, int i, int[] tags, double[] probabilities) {
        int n = rows(tokens, i, tags, buffer);
        Arrays.fill(buffer, n, buffer.length, null);
        Arrays.fill(probabilities, logPrior);
        ArrayMath.sumFeatures(buffer, null, probabilities);
        double normal = 0.0;
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] = StrictMath.exp(probabilities[o]);
            normal += probabilities[o];
        }
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] /= normal;
        }
        return probabilities;
    }

    /**
     * Token {@code i}'s rows into {@code out}, in the order of OpenNLP's features for it (features the model does
     * not know left out, as OpenNLP's sum skips them); returns how many.
     */
    int rows(String[] tokens, int i, int[] tags, Context[] out) {
        int n = 0;
        n = add(out, n, definition);
        Word w = word(tokens[i]);
        for (Context c : w.own()) {
            out[n++] = c;
        }
        if (i >= 1) {
            n = add(out, n, word(tokens[i - 1]).p1());
        }
        if (i >= 2) {
            n = add(out, n, word(tokens[i - 2]).p2());
        }
        if (i + 1 < tokens.length) {
            n = add(out, n, word(tokens[i + 1]).n1());
        }
        if (i + 2 < tokens.length) {
            n = add(out, n, word(tokens[i + 2]).n2());
        }
        if (i <= 2) {
            n = add(out, n, sentenceStart[i]);
        }
        for (Context c : w.wordClass()) {
            out[n++] = c;
        }
        if (i >= 1) {
            n = add(out, n, previousTag[tags[i - 1]]);
        }
        if (i >= 2) {
            n = add(out, n, previousTags[tags[i - 2]][tags[i - 1]]);
        }
        return n;
    }

    private static int add(Context[] out, int n, Context row) {
        if (row != null) {
            out[n++] = row;
        }
        return n;
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            w = features(token);
            words.put(token, w);
        }
        return w;
    }

    /** The strings OpenNLP's generators make of one word (the same calls), looked up once. */
    private Word features(String token) {
        String lower = StringUtil.toLowerCase(token);
        Context[] own = new Context[2 * AFFIXES + 1];
        int n = 0;
        int affixes = Math.min(AFFIXES, token.length());
        for (int k = 0; k < affixes; k++) {
            n = add(own, n, byFeature.get("suf=" + token.substring(Math.max(token.length() - k - 1, 0))));
        }
        for (int k = 0; k < affixes; k++) {
            n = add(own, n, byFeature.get("pre=" + token.substring(0, Math.min(k + 1, token.length()))));
        }
        n = add(own, n, byFeature.get("w=" + lower));
        String wordClass = FeatureGeneratorUtil.tokenFeature(token);
        Context[] classes = new Context[2];
        int c = add(classes, 0, byFeature.get("wc=" + wordClass));
        c = add(classes, c, byFeature.get("w&c=" + lower + "," + wordClass));
        boolean[] allowed = new boolean[outcomes.length];
        String[] alone = {token};
        for (int o = 0; o < outcomes.length; o++) {
            // OpenNLP's validator looks at the token only (its tag dictionary entry).
            allowed[o] = validator.validSequence(0, alone, null, outcomes[o]);
        }
        return new Word(Arrays.copyOf(own, n), byFeature.get("p1w=" + lower), byFeature.get("p2w=" + lower),
                byFeature.get("n1w=" + lower), byFeature.get("n2w=" + lower), Arrays.copyOf(classes, c), allowed);
    }
}
