package org.daybrief.summarize;

import java.util.Locale;
import java.util.Set;
import org.daybrief.text.Words;

/**
 * The default method's scorer: a logistic regression over cheap sentence features, fitted offline on the dev
 * sets and shipped as the constants in {@link #WEIGHTS}. Nothing is learned at run time and nothing depends on
 * the data set: every document gets the same features and weights. To refit (after changing a feature, say):
 * <pre>
 * ./daybrief eval --fit --docs ../shared/eval/cnndm-dev/docs --refs ../shared/eval/cnndm-dev/refs \
 *     --docs ../shared/eval/bbc-dev/docs --refs ../shared/eval/bbc-dev/refs --set-weight 1,0.18 --l2 3
 * </pre>
 * ({@code org.daybrief.eval.LearnedFit}: labels are each document's greedy ROUGE-1+2 oracle sentences; a BBC
 * document counts 0.18 of a CNN/DM one, which balances the two styles; L2 3). It prints the weights and their
 * ROUGE in-sample and two-fold.
 *
 * <p>Features of sentence {@code i} of {@code n} with {@code w} words, in {@link #WEIGHTS} order:
 * position ({@code 1/(1+i)}, {@code e^(-i/3)}, {@code e^(-i/10)}, {@code i/n}), length
 * ({@code min(w,50)/50}, {@code ln(1+w)}, and ramps over 8–20, 20–30 and 30–45 words), the sub-scorers
 * (TextRank, LexRank, title overlap, form, centroid, directed centrality; each rescaled to [0, 1] over the
 * candidate sentences), similarity to the lead (mean TF-IDF cosine to the first three candidates), form cues
 * (starts with a pronoun or connective, has a digit, "said"/"says", a quotation), mean IDF, the products
 * of the three position curves with the centrality, title, form, lead-similarity and length signals; then
 * document length ({@code ln(1+n)/4}) alone and times position, length, TextRank, centroid and lead similarity
 * (long documents put their news earlier); opening a paragraph (alone and times {@code e^(-i/10)}); and a
 * caption-style label before a colon (alone and times {@code e^(-i/3)}). The score is the linear predictor
 * (the logistic function would not change the order).
 *
 * <p>Cost: the sub-scorers' (graph scorers capped at {@link ScoringContext#GRAPH_LIMIT} sentences) plus
 * O(features) per sentence. Immutable and thread-safe.
 */
public final class LearnedScorer implements SentenceScorer {

    /** Fitted weights, one per feature (see the class comment for the order). */
    static final double[] WEIGHTS = {
        0.20279084037186462, 0.29255888808976066, 1.4638268498238527, -0.04455241953951042, 0.054600123597422,
        -0.2979426875849091, 1.6119933043568626, 0.19951372106347623, 1.4168031141756323, 0.7403783879758274,
        1.1963654718185401, -0.05076457571010849, 0.6221504032808448, -0.1888471228104925, 0.24151931076307726,
        0.10067116072042549, 0.42722501034666605, -0.01634295856501864, 0.31639648330791775, 0.2692965446763543,
        -0.03336078064304737, 0.2990284065907189, -0.22464551331601967, 0.19518646355581346, -0.20444067083669934,
        0.19320084569803808, 0.11060820739959835, -0.32379562902255754, -0.09531174901615456, 0.08661561543675193,
        -0.2751655992214842, -0.2790707881998663, -0.6396857731128536, -0.22033288024712866, -0.5107768115230369,
        0.17782282601068752, -0.6374752397155308, -0.11872171185210569, 0.017442371079859083, 0.25192992503865236,
        0.39765768836490667, -0.779564259079318, 1.0332588215749798, -0.6550932516059678, 0.12473423467784316,
        -0.7088967041709308, 0.2909006995168477, 0.22526781174069152, -0.5383090847882691, -0.24242237926773835,
        0.3364697670245115, -0.5884417314242801, -0.5300160254030228, -0.36340432460857264, 0.5013581981869106,
        0.8672031605099445, 0.6881052589926473, -1.3045705019461151, -0.28348487572811254, 0.5592532900360266};

    private static final int BASE = 21;
    private static final int SIGNALS = 9;

    /** How many features each sentence has (the length of {@link #WEIGHTS}). */
    private static final int DOC_SIGNALS = 12;
    public static final int FEATURES = BASE + 3 * SIGNALS + DOC_SIGNALS;

    /** Pronouns and connectives that make a sentence lean on the one before it. */
    private static final Set<String> LEANING = Set.of("but", "and", "he", "she", "they", "it", "this", "that",
            "these", "those", "however", "so", "also", "his", "her", "their", "its", "there", "then", "yet", "or",
            "we", "i");

    private static final SentenceScorer[] PARTS = {new TextRankScorer(), new LexRankScorer(), new TitleOverlapScorer(),
        new FormScorer(0.2 / 1.2, 0.5 / 1.2, 0.3 / 1.2, 0.2 / 1.2, 8), new CentroidScorer(),
        new DirectedCentralityScorer()};

    private final double[] weights;

    /** The shipped model. */
    public LearnedScorer() {
        this(WEIGHTS);
    }

    /** A model with other weights (one per feature), for fitting and evaluating new ones. */
    public LearnedScorer(double[] weights) {
        if (weights.length != FEATURES) {
            throw new IllegalArgumentException("need " + FEATURES + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public double[] score(ScoringContext doc) {
        double[][] x = features(doc);
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] != null) {
                double z = 0;
                for (int k = 0; k < FEATURES; k++) {
                    z += weights[k] * x[i][k];
                }
                s[i] = z;
            }
        }
        return s;
    }

    /**
     * The feature vector of every candidate sentence of {@code doc} ({@code null} for sentences that are not
     * candidates), in {@link #WEIGHTS} order.
     */
    public static double[][] features(ScoringContext doc) {
        int n = doc.size();
        double[][] x = new double[n][];
        if (n == 0) {
            return x;
        }
        boolean[] candidate = doc.candidates();
        double[][] f = new double[PARTS.length][];
        for (int k = 0; k < PARTS.length; k++) {
            f[k] = Summarizer.normalise(PARTS[k].score(doc), candidate);
        }
        int[] lead = new int[3];
        int leads = 0;
        for (int i = 0; i < n && leads < 3; i++) {
            if (candidate[i]) {
                lead[leads++] = i;
            }
        }
        double[] signal = new double[SIGNALS];
        double dn = Math.log(1 + n) / 4;
        for (int i = 0; i < n; i++) {
            if (!candidate[i]) {
                continue;
            }
            double[] row = new double[FEATURES];
            double words = doc.wordCount(i);
            double p1 = 1.0 / (1 + i);
            double p3 = Math.exp(-i / 3.0);
            double p10 = Math.exp(-i / 10.0);
            double leadSim = 0;
            int cnt = 0;
            for (int q = 0; q < leads; q++) {
                if (lead[q] != i) {
                    leadSim += doc.cosine(i, lead[q]);
                    cnt++;
                }
            }
            leadSim = cnt > 0 ? leadSim / cnt : 0;
            String text = doc.text(i);
            double short8to20 = ramp(words, 8, 20);
            double mid20to35 = ramp(words, 20, 35);
            boolean labelled = labelled(text);
            boolean opensParagraph = doc.paragraphStart(i);
            row[0] = p1;
            row[1] = p3;
            row[2] = p10;
            row[3] = (double) i / n;
            row[4] = Math.min(words, 50) / 50;
            row[5] = Math.log(1 + words);
            for (int k = 0; k < PARTS.length; k++) {
                row[6 + k] = f[k][i];
            }
            row[12] = leadSim;
            // The first candidate has nothing before it to lean on: "This dog ..." opening an article is its lead.
            row[13] = i > lead[0] && leans(text) ? 1 : 0;
            row[14] = hasDigit(text) ? 1 : 0;
            row[15] = attributes(text) ? 1 : 0;
            row[16] = FormScorer.hasQuote(text) ? 1 : 0;
            row[17] = meanIdf(doc, i) / 5;
            row[18] = short8to20;
            row[19] = ramp(words, 20, 30);
            row[20] = ramp(words, 30, 45);
            for (int k = 0; k < PARTS.length; k++) {
                signal[k] = f[k][i];
            }
            signal[6] = leadSim;
            signal[7] = short8to20;
            signal[8] = mid20to35;
            for (int v = 0; v < SIGNALS; v++) {
                row[BASE + v] = signal[v] * p1;
                row[BASE + SIGNALS + v] = signal[v] * p3;
                row[BASE + 2 * SIGNALS + v] = signal[v] * p10;
            }
            int o = BASE + 3 * SIGNALS;
            row[o] = dn;
            row[o + 1] = dn * p1;
            row[o + 2] = dn * p3;
            row[o + 3] = dn * short8to20;
            row[o + 4] = dn * mid20to35;
            row[o + 5] = dn * f[0][i];
            row[o + 6] = dn * f[4][i];
            row[o + 7] = dn * leadSim;
            row[o + 8] = opensParagraph ? 1 : 0;
            row[o + 9] = opensParagraph ? p10 : 0;
            row[o + 10] = labelled ? 1 : 0;
            row[o + 11] = labelled ? p3 : 0;
            x[i] = row;
        }
        return x;
    }

    /** A caption-style label before a colon in the first few words ("Tragic: Olivia, 13, died ..."). */
    static boolean labelled(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40 || colon + 1 < text.length() && Character.isDigit(text.charAt(colon + 1))) {
            return false;
        }
        int words = Words.count(text.substring(0, colon));
        return words >= 1 && words <= 4;
    }

    private static double ramp(double v, double lo, double hi) {
        return Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
    }

    private static double meanIdf(ScoringContext doc, int i) {
        int[] terms = doc.uniqueTerms(i);
        if (terms.length == 0) {
            return 0;
        }
        double sum = 0;
        for (int t : terms) {
            sum += doc.idf(t);
        }
        return sum / terms.length;
    }

    static boolean leans(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < n && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j - i <= 7 && LEANING.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** " said" or " says" (attribution), case-insensitively. */
    private static boolean attributes(String text) {
        int n = text.length();
        for (int i = 0; i + 5 <= n; i++) {
            if (text.charAt(i) == ' ' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (text.charAt(i + 2) == 'a' || text.charAt(i + 2) == 'A')
                    && ((text.charAt(i + 3) == 'i' || text.charAt(i + 3) == 'I')
                        && (text.charAt(i + 4) == 'd' || text.charAt(i + 4) == 'D')
                    || (text.charAt(i + 3) == 'y' || text.charAt(i + 3) == 'Y')
                        && (text.charAt(i + 4) == 's' || text.charAt(i + 4) == 'S'))) {
                return true;
            }
        }
        return false;
    }
}
