package org.daybrief.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.daybrief.ingest.PlainText;
import org.daybrief.summarize.Redundancy;
import org.daybrief.summarize.ScoredSentence;
import org.daybrief.summarize.Summarizer;
import org.daybrief.summarize.Summary;
import org.daybrief.text.NlpModels;

/**
 * ROUGE evaluation of summary methods over a folder of documents and a folder of references
 * ({@code <id>.txt} in each; references hold one sentence per line). Documents are read the way the product
 * reads plain text ({@link PlainText#parse}: front matter, headline, body), summarised by each method and
 * scored with {@link Rouge}; the mean F1 ×100 per method is returned. Work is spread over the available
 * cores; results do not depend on thread scheduling (per-document scores are summed in file-name order).
 */
public final class Evaluation {

    /**
     * Mean ROUGE F1 ×100 of one method, and {@code repetition}: the share (%) of its summaries that repeat
     * themselves ({@link Redundancy#repeatsItself}).
     */
    public record Row(String method, int documents, double rouge1, double rouge2, double rougeL, double rougeLsum,
                      double repetition, double seconds) {
    }

    /** One row per method, in the order asked for. */
    public record Table(List<Row> rows, int sentences, String language) {

        /** A fixed-width text table for the terminal. */
        public String format() {
            StringBuilder b = new StringBuilder();
            int width = Math.max(10, rows.stream().mapToInt(r -> r.method().length()).max().orElse(0));
            b.append(String.format(Locale.ROOT, "%-" + width + "s %6s %8s %8s %8s %8s %8s %8s%n", "method", "docs",
                    "R-1", "R-2", "R-L", "R-Lsum", "repeat%", "docs/s"));
            for (Row r : rows) {
                b.append(String.format(Locale.ROOT, "%-" + width + "s %6d %8.2f %8.2f %8.2f %8.2f %8.1f %8.0f%n",
                        r.method(), r.documents(), r.rouge1(), r.rouge2(), r.rougeL(), r.rougeLsum(), r.repetition(),
                        r.seconds() > 0 ? r.documents() / r.seconds() : 0));
            }
            return b.toString();
        }
    }

    /** One document and its reference, loaded. */
    record Pair(String id, String title, String body, String reference) {
    }

    private Evaluation() {
    }

    /**
     * Evaluates each method of {@code methods} (names as in {@link Summarizer#METHODS}; {@code all} expands to
     * every method) at {@code sentences} sentences per summary. Documents without a reference are ignored.
     *
     * @throws IllegalArgumentException for an unknown method or a folder that does not exist
     */
    public static Table run(NlpModels nlp, Path docs, Path refs, List<String> methods, int sentences) {
        return run(nlp, docs, refs, methods, sentences, null);
    }

    /**
     * {@link #run(NlpModels, Path, Path, List, int)} with ROUGE's tokens for {@code language} (see
     * {@link Rouge#tokenize(String, String)}); null: the language detected most often among the documents.
     */
    public static Table run(NlpModels nlp, Path docs, Path refs, List<String> methods, int sentences,
                            String language) {
        List<String> expanded = new ArrayList<>();
        for (String m : methods) {
            if (m.equals("all")) {
                expanded.addAll(Summarizer.METHODS);
            } else {
                expanded.add(m);
            }
        }
        List<Summarizer> summarizers = expanded.stream().map(m -> Summarizer.create(nlp, m)).toList();
        List<Pair> pairs = load(docs, refs);
        String lang = language != null ? language : mostCommonLanguage(nlp, pairs.stream().map(Pair::body).toList());
        Redundancy redundancy = Redundancy.forLanguage(lang);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < expanded.size(); k++) {
            Summarizer summarizer = summarizers.get(k);
            long t0 = System.nanoTime();
            double[][] perDoc = IntStream.range(0, pairs.size()).parallel()
                    .mapToObj(i -> scoreOne(summarizer, pairs.get(i), sentences, lang, redundancy))
                    .toArray(double[][]::new);
            rows.add(mean(expanded.get(k), perDoc, (System.nanoTime() - t0) / 1e9));
        }
        return new Table(rows, sentences, lang);
    }

    /** The language of a set: the one detected most often among its texts (English when they are none). */
    public static String mostCommonLanguage(NlpModels nlp, List<String> texts) {
        Map<String, Long> counts = texts.parallelStream()
                .collect(Collectors.groupingByConcurrent(nlp::detectLanguage, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(Rouge.ENGLISH);
    }

    /**
     * Scores summaries made elsewhere (another summariser's output): for each folder of {@code summaries}, every
     * {@code <id>.txt} that has a reference {@code REFS/<id>.txt}, one sentence per line in both. One row per
     * folder, named after it; summaries without a reference are ignored, as documents are by {@link #run}.
     *
     * @throws IllegalArgumentException for a folder that does not exist or a folder without any summary that has
     *                                  a reference (a peer that wrote nothing must not score as a peer that was
     *                                  not asked)
     */
    public static Table scoreSummaries(List<Path> summaries, Path refs) {
        return scoreSummaries(summaries, refs, Rouge.ENGLISH);
    }

    /** {@link #scoreSummaries(List, Path)} with ROUGE's tokens for {@code language}. */
    public static Table scoreSummaries(List<Path> summaries, Path refs, String language) {
        if (!Files.isDirectory(refs)) {
            throw new IllegalArgumentException("references folder " + refs + " does not exist");
        }
        List<Row> rows = new ArrayList<>();
        for (Path dir : summaries) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("summaries folder " + dir + " does not exist");
            }
            long t0 = System.nanoTime();
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".txt"))
                        .filter(f -> Files.isRegularFile(refs.resolve(f.getFileName().toString()))).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no summary in " + dir + " has a reference in " + refs
                        + " (fix: name each summary <id>.txt after its reference)");
            }
            Redundancy redundancy = Redundancy.forLanguage(language);
            double[][] perSummary = files.parallelStream().map(f -> {
                String summary = read(f);
                return measures(Rouge.score(language, read(refs.resolve(f.getFileName().toString())), summary),
                        redundancy, summary);
            }).toArray(double[][]::new);
            Path name = dir.toAbsolutePath().normalize().getFileName();
            rows.add(mean(name == null ? dir.toString() : name.toString(), perSummary,
                    (System.nanoTime() - t0) / 1e9));
        }
        return new Table(rows, 0, language);
    }

    /** The row of a method: the mean of its per-summary measures (as {@link #measures} gives them), ×100. */
    static Row mean(String method, double[][] perSummary, double seconds) {
        double[] sum = new double[5];
        for (double[] d : perSummary) {
            for (int j = 0; j < 5; j++) {
                sum[j] += d[j];
            }
        }
        int n = Math.max(1, perSummary.length);
        return new Row(method, perSummary.length, 100 * sum[0] / n, 100 * sum[1] / n, 100 * sum[2] / n,
                100 * sum[3] / n, 100 * sum[4] / n, seconds);
    }

    /**
     * ROUGE-1, -2, -L and -Lsum F1 of one summary, in that order, then 1 when the summary (one sentence a line)
     * repeats itself, else 0.
     */
    static double[] measures(Rouge.Result r, Redundancy redundancy, String summary) {
        boolean repeats = redundancy.repeatsItself(summary.lines().filter(l -> !l.isBlank()).toList());
        return new double[] {r.rouge1().f1(), r.rouge2().f1(), r.rougeL().f1(), r.rougeLsum().f1(), repeats ? 1 : 0};
    }

    /** A UTF-8 text file. */
    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** The summary of one document as the CLI writes it: chosen sentences, one per line. */
    public static String summaryText(Summary summary) {
        return summary.sentences().stream().map(ScoredSentence::text).map(s -> s.replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    private static double[] scoreOne(Summarizer summarizer, Pair p, int sentences, String language,
                                     Redundancy redundancy) {
        String summary = summaryText(summarizer.summarize(p.title(), p.body(), sentences));
        return measures(Rouge.score(language, p.reference(), summary), redundancy, summary);
    }

    static List<Pair> load(Path docs, Path refs) {
        if (!Files.isDirectory(docs)) {
            throw new IllegalArgumentException("documents folder " + docs + " does not exist");
        }
        if (!Files.isDirectory(refs)) {
            throw new IllegalArgumentException("references folder " + refs + " does not exist");
        }
        try (Stream<Path> files = Files.list(docs)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<Pair> out = new ArrayList<>(sorted.size());
            for (Path f : sorted) {
                String id = f.getFileName().toString();
                Path ref = refs.resolve(id);
                if (!Files.isRegularFile(ref)) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                PlainText.Layout layout = PlainText.parse(text);
                String title = layout.frontMatter().getOrDefault("title", layout.headline().orElse(null));
                out.add(new Pair(id, title, layout.body(), Files.readString(ref, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + docs + ": " + e.getMessage(), e);
        }
    }
}
