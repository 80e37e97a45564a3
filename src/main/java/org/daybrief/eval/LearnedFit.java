package org.daybrief.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.daybrief.summarize.LearnedScorer;
import org.daybrief.summarize.ScoringContext;
import org.daybrief.summarize.Summarizer;

/**
 * Fits the weights of {@link LearnedScorer} on data sets of documents with reference summaries, the way the
 * shipped weights were made, so anyone with the data can reproduce or refit them:
 * <ol>
 *   <li>each candidate sentence gets its feature vector ({@link LearnedScorer#features});</li>
 *   <li>labels: the greedy oracle, the up-to-{@code k} sentences that together maximise ROUGE-1 + ROUGE-2 F1
 *       against the reference, are 1, the other candidates 0;</li>
 *   <li>an L2-regularised logistic regression fitted by Newton's method (IRLS), each set's documents weighted
 *       by the set's weight, so one set does not win just by having longer documents.</li>
 * </ol>
 * It then reports ROUGE-1/2 of the fitted weights on every set, and the same after a two-fold split
 * (fit on even-numbered documents, score the odd ones, and the reverse): the honest figure.
 */
public final class LearnedFit {

    /** One data set: documents, references and the weight of its documents in the fit. */
    public record DataSet(String name, Path docs, Path refs, double weight) {
    }

    /** A document's features, labels and what selection needs. */
    private record Example(Evaluation.Pair pair, double[][] features, boolean[] oracle) {
    }

    /** ROUGE-1 and -2 F1 ×100 of one set. */
    public record SetScore(String name, double rouge1, double rouge2) {
    }

    /** The fitted weights with in-sample and two-fold scores. */
    public record Result(double[] weights, List<SetScore> fitted, List<SetScore> crossValidated) {

        public String format() {
            StringBuilder b = new StringBuilder();
            b.append("weights (").append(weights.length).append("):\n{");
            for (int i = 0; i < weights.length; i++) {
                b.append(i == 0 ? "" : ", ").append(i % 4 == 0 ? "\n    " : "").append(weights[i]);
            }
            b.append("}\n");
            for (SetScore s : fitted) {
                b.append(String.format(Locale.ROOT, "%-12s fitted      R-1 %6.2f  R-2 %6.2f%n", s.name(), s.rouge1(),
                        s.rouge2()));
            }
            for (SetScore s : crossValidated) {
                b.append(String.format(Locale.ROOT, "%-12s two-fold    R-1 %6.2f  R-2 %6.2f%n", s.name(), s.rouge1(),
                        s.rouge2()));
            }
            return b.toString();
        }
    }

    private LearnedFit() {
    }

    /** Fits on all {@code sets} with L2 penalty {@code lambda}; oracle and summaries have {@code sentences}. */
    public static Result run(Summarizer.Preprocessor pre, List<DataSet> sets, int sentences, double lambda) {
        Summarizer contexts = Summarizer.create(pre, "lead");
        List<List<Example>> data = new ArrayList<>();
        for (DataSet set : sets) {
            List<Evaluation.Pair> pairs = Evaluation.load(set.docs(), set.refs());
            data.add(IntStream.range(0, pairs.size()).parallel()
                    .mapToObj(i -> example(contexts, pairs.get(i), sentences)).toList());
        }
        double[] all = fit(data, sets, lambda, d -> true);
        double[] even = fit(data, sets, lambda, d -> d % 2 == 0);
        double[] odd = fit(data, sets, lambda, d -> d % 2 == 1);
        List<SetScore> fitted = new ArrayList<>();
        List<SetScore> cross = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            List<Example> ex = data.get(s);
            double[] in = score(pre, ex, all, sentences, d -> true);
            double[] a = score(pre, ex, odd, sentences, d -> d % 2 == 0);
            double[] b = score(pre, ex, even, sentences, d -> d % 2 == 1);
            int na = (ex.size() + 1) / 2;
            int nb = ex.size() / 2;
            fitted.add(new SetScore(sets.get(s).name(), 100 * in[0] / ex.size(), 100 * in[1] / ex.size()));
            cross.add(new SetScore(sets.get(s).name(), 100 * (a[0] + b[0]) / (na + nb),
                    100 * (a[1] + b[1]) / (na + nb)));
        }
        return new Result(all, fitted, cross);
    }

    private static Example example(Summarizer contexts, Evaluation.Pair p, int sentences) {
        ScoringContext ctx = contexts.context(p.title(), p.body());
        double[][] x = LearnedScorer.features(ctx);
        return new Example(p, x, oracle(ctx, x, p.reference(), sentences));
    }

    /** Greedy ROUGE-1 + ROUGE-2 oracle over the candidate sentences (those with features). */
    static boolean[] oracle(ScoringContext ctx, double[][] x, String reference, int sentences) {
        List<String> ref = Rouge.tokenize(reference);
        int n = ctx.size();
        List<List<String>> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(x[i] == null ? List.of() : Rouge.tokenize(ctx.text(i)));
        }
        boolean[] chosen = new boolean[n];
        double best = 0;
        for (int step = 0; step < sentences; step++) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (x[i] == null || chosen[i]) {
                    continue;
                }
                chosen[i] = true;
                double v = gain(ref, tokens, chosen);
                chosen[i] = false;
                if (v > best) {
                    best = v;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            chosen[pick] = true;
        }
        return chosen;
    }

    private static double gain(List<String> ref, List<List<String>> tokens, boolean[] chosen) {
        List<String> sum = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                sum.addAll(tokens.get(i));
            }
        }
        return Rouge.ngram(ref, sum, 1).f1() + Rouge.ngram(ref, sum, 2).f1();
    }

    /** Newton's method on the weighted, L2-penalised logistic loss over the documents that {@code use} keeps. */
    static double[] fit(List<List<Example>> data, List<DataSet> sets, double lambda,
                        IntPredicate use) {
        int f = LearnedScorer.FEATURES;
        double[] w = new double[f + 1]; // last: intercept
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[f + 1];
            double[][] hess = new double[f + 1][f + 1];
            for (int s = 0; s < data.size(); s++) {
                double setWeight = sets.get(s).weight();
                List<Example> ex = data.get(s);
                for (int d = 0; d < ex.size(); d++) {
                    if (!use.test(d)) {
                        continue;
                    }
                    Example e = ex.get(d);
                    for (int i = 0; i < e.features().length; i++) {
                        double[] row = e.features()[i];
                        if (row == null) {
                            continue;
                        }
                        double z = w[f];
                        for (int k = 0; k < f; k++) {
                            z += w[k] * row[k];
                        }
                        double p = 1 / (1 + Math.exp(-z));
                        double g = setWeight * (p - (e.oracle()[i] ? 1 : 0));
                        double h = setWeight * p * (1 - p);
                        for (int a = 0; a <= f; a++) {
                            double xa = a == f ? 1 : row[a];
                            grad[a] += g * xa;
                            for (int b = a; b <= f; b++) {
                                hess[a][b] += h * xa * (b == f ? 1 : row[b]);
                            }
                        }
                    }
                }
            }
            for (int a = 0; a <= f; a++) {
                for (int b = 0; b < a; b++) {
                    hess[a][b] = hess[b][a];
                }
                if (a < f) {
                    grad[a] += lambda * w[a];
                    hess[a][a] += lambda;
                }
                hess[a][a] += 1e-9;
            }
            double[] step = solve(hess, grad);
            double max = 0;
            for (int a = 0; a <= f; a++) {
                w[a] -= step[a];
                max = Math.max(max, Math.abs(step[a]));
            }
            if (max < 1e-7) {
                break;
            }
        }
        return Arrays.copyOf(w, f); // the intercept does not change the order of sentences
    }

    /** Gaussian elimination with partial pivoting: solves {@code a x = b} (a is overwritten). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] x = b.clone();
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] tr = a[c];
            a[c] = a[p];
            a[p] = tr;
            double tx = x[c];
            x[c] = x[p];
            x[p] = tx;
            for (int r = c + 1; r < n; r++) {
                double m = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= m * a[c][k];
                }
                x[r] -= m * x[c];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** Sums of ROUGE-1 and -2 F1 over the documents {@code use} keeps, summarised as the product does. */
    private static double[] score(Summarizer.Preprocessor pre, List<Example> ex, double[] w, int sentences,
                                  IntPredicate use) {
        Summarizer summarizer = Summarizer.learned(pre, w);
        return IntStream.range(0, ex.size()).parallel().filter(use).mapToObj(d -> {
            Evaluation.Pair p = ex.get(d).pair();
            Rouge.Result r = Rouge.score(p.reference(),
                    Evaluation.summaryText(summarizer.summarize(p.title(), p.body(), sentences)));
            return new double[] {r.rouge1().f1(), r.rouge2().f1()};
        }).reduce(new double[2], (x, y) -> new double[] {x[0] + y[0], x[1] + y[1]});
    }
}
