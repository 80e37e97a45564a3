package org.daybrief.summarize;

import org.daybrief.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daybrief.text.Sentence;
import org.daybrief.text.TermAnalyzer;

/**
 * Everything scorers need about one document, computed once: sentence texts, term ids, TF-IDF vectors
 * (IDF over the document's own sentences), the title's terms, which sentences are candidates (not
 * {@link Boilerplate}), and (lazily) the sentence similarity graph
 * over the first {@link #GRAPH_LIMIT} sentences. Term ids are assigned in order of first appearance, so
 * nothing depends on hash iteration order. One context per document and thread; not thread-safe.
 */
public final class ScoringContext {

    /** Graph scorers look at no more than this many leading sentences (keeps long documents linear). */
    public static final int GRAPH_LIMIT = 80;

    private final List<String> texts;
    private final int[][] termIds;      // per sentence, in order, with repeats
    private final int[][] vecIds;       // per sentence, sorted unique ids
    private final double[][] vecTf;     // raw term frequency, aligned with vecIds
    private final double[][] vecW;      // tf-idf weight, aligned with vecIds
    private final double[] norm;
    private final double[] idf;
    private final int[] titleIds;       // sorted unique
    private final int[] wordCounts;
    private final boolean[] candidates;
    private final boolean[] paragraphStarts;
    private double[][] cosine;
    private int[][] overlap;
    private Map<String, double[]> memo;
    private final Redundancy redundancy;
    private final Redundancy.Analysed[] analysed;

    /** A context that judges repetition in English ({@link #ScoringContext(String, String, List, TermAnalyzer,
     * Redundancy)}). */
    public ScoringContext(String title, String body, List<Sentence> sentences, TermAnalyzer analyzer) {
        this(title, body, sentences, analyzer, Redundancy.english());
    }

    /**
     * Besides {@link Boilerplate}, two kinds of sentence are not candidates: a piece that ends without punctuation
     * and runs on into the next sentence on the same line (a photo caption cut off by {@link CaptionSeams}), and a
     * sentence that is an earlier candidate plus a tail (a caption that copies the sentence it illustrates, glued
     * to more text: the sentence it copies stays). Nor is a piece that opens with a caption's label
     * ("Struggle: Manhart, 38, is shown ...") right after such a cut-off piece: the caption after a caption.
     * Repetition is judged in {@code redundancy}'s language.
     */
    public ScoringContext(String title, String body, List<Sentence> sentences, TermAnalyzer analyzer,
                          Redundancy redundancy) {
        this(title, body, sentences, analyzer, redundancy, null);
    }

    /**
     * As {@link #ScoringContext(String, String, List, TermAnalyzer, Redundancy)}, with the sentences' analyses in
     * {@code redundancy}'s language where they are known already (null entries, or a null list, where not).
     */
    public ScoringContext(String title, String body, List<Sentence> sentences, TermAnalyzer analyzer,
                          Redundancy redundancy, List<Redundancy.Analysed> known) {
        this.redundancy = java.util.Objects.requireNonNull(redundancy, "redundancy");
        int n = sentences.size();
        this.texts = new ArrayList<>(n);
        Map<String, Integer> vocab = new HashMap<>();
        this.termIds = new int[n][];
        this.wordCounts = new int[n];
        for (int i = 0; i < n; i++) {
            String t = sentences.get(i).of(body);
            texts.add(t);
            wordCounts[i] = Words.count(t);
            termIds[i] = ids(analyzer.terms(t), vocab);
        }
        this.paragraphStarts = new boolean[n];
        for (int i = 0; i < n; i++) {
            paragraphStarts[i] = i == 0 || hasLineBreak(body, sentences.get(i - 1).end(), sentences.get(i).start());
        }
        this.candidates = new boolean[n];
        this.analysed = new Redundancy.Analysed[n];
        if (known != null && known.size() == n) {
            known.toArray(analysed);
        }
        for (int i = 0; i < n; i++) {
            candidates[i] = !Boilerplate.isBoilerplate(texts.get(i), title, wordCounts[i])
                    && !(i + 1 < n && Boilerplate.isUnterminated(texts.get(i))
                        && !hasLineBreak(body, sentences.get(i).end(), sentences.get(i + 1).start()))
                    && !(i > 0 && LearnedScorer.labelled(texts.get(i)) && Boilerplate.isUnterminated(texts.get(i - 1))
                        && !hasLineBreak(body, sentences.get(i - 1).end(), sentences.get(i).start()));
            for (int j = 0; j < i && candidates[i]; j++) {
                candidates[i] = !candidates[j] || !restatesWithTail(i, j);
            }
        }
        this.titleIds = unique(ids(title == null ? List.of() : analyzer.terms(title), vocab));
        int v = vocab.size();
        int[] df = new int[v];
        this.vecIds = new int[n][];
        this.vecTf = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] sorted = termIds[i].clone();
            Arrays.sort(sorted);
            int u = 0;
            int[] ids = new int[sorted.length];
            double[] tf = new double[sorted.length];
            for (int k = 0; k < sorted.length; k++) {
                if (u > 0 && ids[u - 1] == sorted[k]) {
                    tf[u - 1]++;
                } else {
                    ids[u] = sorted[k];
                    tf[u] = 1;
                    u++;
                }
            }
            vecIds[i] = Arrays.copyOf(ids, u);
            vecTf[i] = Arrays.copyOf(tf, u);
            for (int k = 0; k < u; k++) {
                df[vecIds[i][k]]++;
            }
        }
        this.idf = new double[v];
        for (int t = 0; t < v; t++) {
            idf[t] = Math.log((n + 1.0) / (df[t] + 0.5));
            if (idf[t] < 0.05) {
                idf[t] = 0.05;
            }
        }
        this.vecW = new double[n][];
        this.norm = new double[n];
        for (int i = 0; i < n; i++) {
            double[] w = new double[vecIds[i].length];
            double s = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = vecTf[i][k] * idf[vecIds[i][k]];
                s += w[k] * w[k];
            }
            vecW[i] = w;
            norm[i] = Math.sqrt(s);
        }
    }

    private static int[] ids(List<String> terms, Map<String, Integer> vocab) {
        int[] out = new int[terms.size()];
        for (int k = 0; k < out.length; k++) {
            Integer id = vocab.get(terms.get(k));
            if (id == null) {
                id = vocab.size();
                vocab.put(terms.get(k), id);
            }
            out[k] = id;
        }
        return out;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The distinct values, ascending (without the boxing of a stream's distinct()). */
    private static int[] unique(int[] a) {
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        int u = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (u == 0 || sorted[u - 1] != sorted[k]) {
                sorted[u++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, u);
    }

    public int size() {
        return texts.size();
    }

    public String text(int i) {
        return texts.get(i);
    }

    /** Words (letter/digit runs) in sentence {@code i}, stopwords included. */
    public int wordCount(int i) {
        return wordCounts[i];
    }

    /** Whether sentence {@code i} may be chosen (it is not {@link Boilerplate}). */
    public boolean candidate(int i) {
        return candidates[i];
    }

    /** Whether sentence {@code i} opens a paragraph (the first sentence, or one after a line break). */
    public boolean paragraphStart(int i) {
        return paragraphStarts[i];
    }

    /** Sentence {@code i}'s content words, names and numbers (computed once). */
    Redundancy.Analysed analysed(int i) {
        if (analysed[i] == null) {
            analysed[i] = redundancy.analyse(texts.get(i));
        }
        return analysed[i];
    }

    /**
     * Sentence {@code i} is sentence {@code j} plus a tail: 80% of j's content words and at least half as many again
     * of its own (a caption glued to the sentence it copies, with no seam to cut it at).
     */
    private boolean restatesWithTail(int i, int j) {
        Redundancy.Analysed longer = analysed(i);
        Redundancy.Analysed copied = analysed(j);
        return longer.words().size() >= 1.5 * copied.words().size() && Redundancy.contained(copied, longer) >= 0.8;
    }

    /** Whether sentences {@code i} and {@code j} say the same thing ({@link Redundancy#restates}). */
    public boolean restates(int i, int j) {
        return Redundancy.restates(analysed(i), analysed(j));
    }

    /** How many sentences may be chosen. */
    public int candidateCount() {
        int c = 0;
        for (boolean b : candidates) {
            if (b) {
                c++;
            }
        }
        return c;
    }

    /** The candidate flags of all sentences (a copy). */
    public boolean[] candidates() {
        return candidates.clone();
    }

    /** Content terms (after stopwords and stemming) in sentence {@code i}, with repeats. */
    public int termCount(int i) {
        return termIds[i].length;
    }

    public int[] uniqueTerms(int i) {
        return vecIds[i];
    }

    public double[] weights(int i) {
        return vecW[i];
    }

    public double norm(int i) {
        return norm[i];
    }

    public double idf(int term) {
        return idf[term];
    }

    public int vocabularySize() {
        return idf.length;
    }

    public int[] titleTerms() {
        return titleIds;
    }

    /** How many sentences the graph scorers consider. */
    public int graphSize() {
        return Math.min(size(), GRAPH_LIMIT);
    }

    /** TF-IDF cosine similarity of two sentences. */
    public double cosine(int i, int j) {
        if (i < graphSize() && j < graphSize()) {
            return cosineMatrix()[i][j];
        }
        return computeCosine(i, j);
    }

    /** Cosine similarities among the first {@link #graphSize()} sentences (symmetric, zero diagonal). */
    public double[][] cosineMatrix() {
        if (cosine == null) {
            computePairs();
        }
        return cosine;
    }

    /** Shared unique terms among the first {@link #graphSize()} sentences. */
    public int[][] overlapMatrix() {
        if (overlap == null) {
            computePairs();
        }
        return overlap;
    }

    /**
     * Both pair matrices from the terms' posting lists: only pairs that share a term are touched, and most pairs
     * share none. Every pair's dot product adds the same products ({@code w_i[t] * w_j[t]}, i before j) in the
     * same order (ascending term id) as {@link #computeCosine}, so the cosines are equal to the last bit.
     */
    private void computePairs() {
        int g = graphSize();
        int v = idf.length;
        int[] start = new int[v + 1];
        for (int i = 0; i < g; i++) {
            for (int t : vecIds[i]) {
                start[t + 1]++;
            }
        }
        for (int t = 0; t < v; t++) {
            start[t + 1] += start[t];
        }
        int[] fill = start.clone();
        int[] sentence = new int[start[v]];
        double[] weight = new double[start[v]];
        for (int i = 0; i < g; i++) {
            int[] ids = vecIds[i];
            double[] w = vecW[i];
            for (int k = 0; k < ids.length; k++) {
                int at = fill[ids[k]]++;
                sentence[at] = i;
                weight[at] = w[k];
            }
        }
        double[][] cos = new double[g][g];
        int[][] common = new int[g][g];
        for (int t = 0; t < v; t++) {
            for (int p = start[t]; p < start[t + 1]; p++) {
                int i = sentence[p];
                double wi = weight[p];
                double[] dots = cos[i];
                int[] shared = common[i];
                for (int q = p + 1; q < start[t + 1]; q++) {
                    dots[sentence[q]] += wi * weight[q];
                    shared[sentence[q]]++;
                }
            }
        }
        for (int i = 0; i < g; i++) {
            for (int j = i + 1; j < g; j++) {
                double c = norm[i] == 0 || norm[j] == 0 ? 0 : cos[i][j] / (norm[i] * norm[j]);
                cos[i][j] = c;
                cos[j][i] = c;
                common[j][i] = common[i][j];
            }
        }
        cosine = cos;
        overlap = common;
    }

    /**
     * A scorer's result, computed once per document: the default method's model and the features shown beside
     * it both need the graph scores. {@code key} names the scorer and its settings. Returns a copy.
     */
    public double[] memo(String key, java.util.function.Supplier<double[]> compute) {
        if (memo == null) {
            memo = new HashMap<>();
        }
        return memo.computeIfAbsent(key, k -> compute.get()).clone();
    }

    /** Cosine of sentence {@code i} with an arbitrary dense term-weight vector of norm {@code vNorm}. */
    public double cosineWith(int i, double[] dense, double vNorm) {
        if (norm[i] == 0 || vNorm == 0) {
            return 0;
        }
        double dot = 0;
        int[] ids = vecIds[i];
        double[] w = vecW[i];
        for (int k = 0; k < ids.length; k++) {
            dot += w[k] * dense[ids[k]];
        }
        return dot / (norm[i] * vNorm);
    }

    private double computeCosine(int i, int j) {
        if (norm[i] == 0 || norm[j] == 0) {
            return 0;
        }
        int[] a = vecIds[i];
        int[] b = vecIds[j];
        double[] wa = vecW[i];
        double[] wb = vecW[j];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                dot += wa[x++] * wb[y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot / (norm[i] * norm[j]);
    }
}
