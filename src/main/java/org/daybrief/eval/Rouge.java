package org.daybrief.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import opennlp.tools.stemmer.PorterStemmer;
import org.daybrief.text.NlpModels;

/**
 * ROUGE-1, -2, -L and -Lsum with the team's protocol, matching Google's {@code rouge_score} package: text is
 * lower-cased, tokens are runs of {@code [a-z0-9]} (anything else separates tokens), tokens longer than three
 * characters are Porter-stemmed (in other languages: Unicode letters and digits, the language's Snowball stemmer); ROUGE-L is the LCS over the whole token sequences; ROUGE-Lsum splits both
 * texts into lines (sentences) and uses the union LCS of each reference line against all summary lines,
 * each token counted at most as often as it occurs on both sides. Stateless and thread-safe.
 */
public final class Rouge {

    /** Precision, recall and F1 of one measure, as fractions in [0, 1]. */
    public record Score(double precision, double recall, double f1) {
        static final Score ZERO = new Score(0, 0, 0);

        static Score of(double hits, int predicted, int reference) {
            if (predicted == 0 || reference == 0) {
                return ZERO;
            }
            double p = hits / predicted;
            double r = hits / reference;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** All four measures for one summary against one reference. */
    public record Result(Score rouge1, Score rouge2, Score rougeL, Score rougeLsum) {
    }

    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);
    /** The language the static methods without one score in: rouge_score's protocol, as published figures use. */
    public static final String ENGLISH = "en";
    /** Other languages' Snowball stemmers, one per language (each thread-safe). */
    private static final ConcurrentMap<String, UnaryOperator<String>> STEMMERS = new ConcurrentHashMap<>();

    private Rouge() {
    }

    /**
     * Scores {@code summary} against {@code reference}; both hold one sentence per line (lines matter only
     * for ROUGE-Lsum).
     */
    public static Result score(String reference, String summary) {
        return score(ENGLISH, reference, summary);
    }

    /** {@link #score(String, String)} with the tokens of {@code language} (see {@link #tokenize(String, String)}). */
    public static Result score(String language, String reference, String summary) {
        List<List<String>> refLines = lines(language, reference);
        List<List<String>> sumLines = lines(language, summary);
        List<String> ref = flatten(refLines);
        List<String> sum = flatten(sumLines);
        return new Result(ngram(ref, sum, 1), ngram(ref, sum, 2), lcs(ref, sum), lcsSummary(refLines, sumLines));
    }

    /** Lower-case {@code [a-z0-9]+} tokens, Porter-stemmed when longer than three characters. */
    public static List<String> tokenize(String text) {
        return tokenize(ENGLISH, text);
    }

    /**
     * Tokens for ROUGE in {@code language}: for English, rouge_score's (lower-case {@code [a-z0-9]+}, Porter);
     * for any other, lower-case runs of Unicode letters and digits ("autodeterminación" stays one token) with the
     * language's Snowball stemmer, if it has one. Either way only tokens longer than three characters are stemmed.
     */
    public static List<String> tokenize(String language, String text) {
        boolean english = ENGLISH.equals(language);
        UnaryOperator<String> stem = english ? t -> STEMMER.get().stem(t)
                : STEMMERS.computeIfAbsent(language, NlpModels::stemmer);
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (isTokenChar(english, c)) {
                int j = i + 1;
                while (j < n && isTokenChar(english, lower.charAt(j))) {
                    j++;
                }
                String t = lower.substring(i, j);
                out.add(t.length() > 3 ? stem.apply(t) : t);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isTokenChar(boolean english, char c) {
        return english ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    private static List<List<String>> lines(String language, String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(tokenize(language, line));
            }
        }
        return out;
    }

    private static List<String> flatten(List<List<String>> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(out::addAll);
        return out;
    }

    static Score ngram(List<String> ref, List<String> sum, int n) {
        Map<String, Integer> refCounts = ngrams(ref, n);
        Map<String, Integer> sumCounts = ngrams(sum, n);
        int refTotal = Math.max(0, ref.size() - n + 1);
        int sumTotal = Math.max(0, sum.size() - n + 1);
        int hits = 0;
        for (Map.Entry<String, Integer> e : sumCounts.entrySet()) {
            Integer r = refCounts.get(e.getKey());
            if (r != null) {
                hits += Math.min(r, e.getValue());
            }
        }
        return Score.of(hits, sumTotal, refTotal);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String key = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    static Score lcs(List<String> ref, List<String> sum) {
        if (ref.isEmpty() || sum.isEmpty()) {
            return Score.ZERO;
        }
        int[][] t = table(ref, sum);
        return Score.of(t[ref.size()][sum.size()], sum.size(), ref.size());
    }

    static Score lcsSummary(List<List<String>> refLines, List<List<String>> sumLines) {
        int m = 0;
        int n = 0;
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> sumCounts = new HashMap<>();
        for (List<String> r : refLines) {
            m += r.size();
            r.forEach(t -> refCounts.merge(t, 1, Integer::sum));
        }
        for (List<String> s : sumLines) {
            n += s.size();
            s.forEach(t -> sumCounts.merge(t, 1, Integer::sum));
        }
        if (m == 0 || n == 0) {
            return Score.ZERO;
        }
        int hits = 0;
        for (List<String> r : refLines) {
            BitSet union = new BitSet(r.size());
            for (List<String> s : sumLines) {
                lcsIndices(r, s, union);
            }
            for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
                String t = r.get(i);
                int c = sumCounts.getOrDefault(t, 0);
                int rc = refCounts.getOrDefault(t, 0);
                if (c > 0 && rc > 0) {
                    hits++;
                    sumCounts.put(t, c - 1);
                    refCounts.put(t, rc - 1);
                }
            }
        }
        return Score.of(hits, n, m);
    }

    private static int[][] table(List<String> ref, List<String> can) {
        int[][] t = new int[ref.size() + 1][can.size() + 1];
        for (int i = 1; i <= ref.size(); i++) {
            for (int j = 1; j <= can.size(); j++) {
                t[i][j] = ref.get(i - 1).equals(can.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t;
    }

    /** Marks the reference indices of one LCS of {@code ref} and {@code can}, backtracking as rouge_score does. */
    private static void lcsIndices(List<String> ref, List<String> can, BitSet into) {
        if (ref.isEmpty() || can.isEmpty()) {
            return;
        }
        int[][] t = table(ref, can);
        int i = ref.size();
        int j = can.size();
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                into.set(i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
    }
}
