package org.daybrief.summarize;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code learned} method's scorer: a logistic regression over cheap sentence features, fitted offline on the dev
 * sets (cnndm-dev and bbc-dev pooled, bbc-dev documents weighted 0.07, labels = the greedy ROUGE-1+2
 * oracle's three sentences, L2 1e-5) and shipped as the constants in {@link #WEIGHTS}. Nothing is learned
 * at run time and nothing depends on the data set: every document gets the same features and weights.
 *
 * <p>Known flaw, why it is not the default: the weights pass over a document's first sentence ({@code i == 0}
 * weighs -1.26), learned from CNN/DM, whose first "sentence" often carries a byline or a
 * "( cnn ) --" / "published : ... updated :" stamp; on clean news that drops the lead sentence. Refit after
 * such stamps are stripped as {@link Boilerplate}.
 *
 * <p>Features of sentence {@code i} of {@code n} with {@code w} words, in {@link #WEIGHTS} order:
 * position ({@code 1/(1+i)}, {@code e^(-i/3)}, {@code e^(-i/10)}, {@code i/n}, first sentence), length
 * ({@code min(w,50)/50}, {@code ln(1+w)}, and ramps over 8–20, 20–30 and 30–45 words), the sub-scorers
 * (TextRank, LexRank, title overlap, form, centroid, directed centrality; each rescaled to [0, 1] over the
 * candidate sentences), similarity to the lead (mean TF-IDF cosine to the first three candidates), form cues
 * (starts with a pronoun or connective, has a digit, "said"/"says", a quotation), mean IDF, and the products
 * of the three position curves with the centrality, title, form, lead-similarity and length signals. The
 * score is the linear predictor (the logistic function would not change the order).
 *
 * <p>Cost: the sub-scorers' (graph scorers capped at {@link ScoringContext#GRAPH_LIMIT} sentences) plus
 * O(features) per sentence. Immutable and thread-safe.
 */
public final class LearnedScorer implements SentenceScorer {

    /** Fitted weights, one per feature (see the class comment for the order). */
    static final double[] WEIGHTS = {0.014551932500791969, 0.17213743784805544, -0.06916967424186522,
        -0.28611731388518735, -1.2581580172269304, -0.007301394249277298, -0.4909783458045503, 0.9612437646956887,
        0.25186643630202765, 2.3382318307549266, -0.1618958012233172, 0.9129720223473907, -0.4429305094872959,
        1.9279456149678207, -0.31871014820980825, 0.25060518873303206, 0.09137714189878458, 0.26205160262866084,
        -2.063470587311648, 0.12137331235175232, -0.17757023104208572, -0.0972759337561037, 0.6708731730250946,
        -0.27005678378728587, 2.0496397208175745, 0.6302380055469997, 0.040539300036007905, 0.20410734544108658,
        -0.020582776260281127, 0.19634821596334687, 0.13089375859047103, -0.4714392402441234, -0.6313531009496689,
        -1.8187881797947583, 0.49418274709517457, -0.9418775640710951, -0.11188444954470078, -1.5587281615972177,
        -0.07465694414449527, 0.3917732163850529, 0.3332678096477863, 0.54633026146766, -2.1568479077556177,
        1.1972815562700116, 0.2519239556768771, 0.6799317360361722, -1.7961860937915897, 0.4660626098357553,
        0.04918714991419805};

    private static final int BASE = 22;
    private static final int SIGNALS = 9;

    /** Pronouns and connectives that make a sentence lean on the one before it. */
    private static final Set<String> LEANING = Set.of("but", "and", "he", "she", "they", "it", "this", "that",
            "these", "those", "however", "so", "also", "his", "her", "their", "its", "there", "then", "yet", "or",
            "we", "i");

    private final SentenceScorer[] parts = {new TextRankScorer(), new LexRankScorer(), new TitleOverlapScorer(),
        new FormScorer(0.2 / 1.2, 0.5 / 1.2, 0.3 / 1.2, 0.2 / 1.2, 8), new CentroidScorer(),
        new DirectedCentralityScorer()};

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public double[] score(ScoringContext doc) {
        int n = doc.size();
        double[] s = new double[n];
        if (n == 0) {
            return s;
        }
        boolean[] candidate = doc.candidates();
        double[][] f = new double[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            f[k] = Summarizer.normalise(parts[k].score(doc), candidate);
        }
        int[] lead = new int[3];
        int leads = 0;
        for (int i = 0; i < n && leads < 3; i++) {
            if (candidate[i]) {
                lead[leads++] = i;
            }
        }
        double[] w = WEIGHTS;
        double[] signal = new double[SIGNALS];
        for (int i = 0; i < n; i++) {
            if (!candidate[i]) {
                continue;
            }
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
            double z = w[0] * p1 + w[1] * p3 + w[2] * p10 + w[3] * i / n + (i == 0 ? w[4] : 0)
                    + w[5] * Math.min(words, 50) / 50 + w[6] * Math.log(1 + words);
            for (int k = 0; k < parts.length; k++) {
                z += w[7 + k] * f[k][i];
            }
            z += w[13] * leadSim + (leans(text) ? w[14] : 0) + (hasDigit(text) ? w[15] : 0)
                    + (attributes(text) ? w[16] : 0) + (FormScorer.hasQuote(text) ? w[17] : 0)
                    + w[18] * meanIdf(doc, i) / 5
                    + w[19] * ramp(words, 8, 20) + w[20] * ramp(words, 20, 30) + w[21] * ramp(words, 30, 45);
            for (int k = 0; k < parts.length; k++) {
                signal[k] = f[k][i];
            }
            signal[6] = leadSim;
            signal[7] = ramp(words, 8, 20);
            signal[8] = ramp(words, 20, 35);
            for (int v = 0; v < SIGNALS; v++) {
                z += signal[v] * (w[BASE + v] * p1 + w[BASE + SIGNALS + v] * p3 + w[BASE + 2 * SIGNALS + v] * p10);
            }
            s[i] = z;
        }
        return s;
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
