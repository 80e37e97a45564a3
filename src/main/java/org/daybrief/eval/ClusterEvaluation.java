package org.daybrief.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.daybrief.digest.StorySummarizer;
import org.daybrief.digest.TextTools;
import org.daybrief.ingest.PlainText;
import org.daybrief.summarize.Redundancy;
import org.daybrief.text.NlpModels;

/**
 * ROUGE of multi-document story summaries: {@code CLUSTERS/<id>/*.txt} are the articles of one event,
 * {@code REFS/<id>.txt} its reference summary (one sentence per line). Each cluster is summarised within a word
 * budget by the story summariser the digest uses ({@code default}) or by a baseline ({@code lead}: the first
 * sentence of every article in turn, then the second, and so on, until the budget is used). Articles are read
 * like plain-text documents ({@link PlainText#parse}). Parallel over clusters; results do not depend on thread
 * scheduling.
 */
public final class ClusterEvaluation {

    /** The methods {@link #run} knows. */
    public static final List<String> METHODS = List.of("default", "lead");

    /** One cluster: its id and articles. */
    public record Cluster(String id, List<StorySummarizer.Source> articles) {
    }

    private ClusterEvaluation() {
    }

    /**
     * ROUGE and repetition of each method's story summaries of the clusters that have a reference, in
     * {@code language}'s tokens and stopwords (null: the language detected most often among the articles, as
     * {@link Evaluation} does for single documents).
     */
    public static Evaluation.Table run(NlpModels nlp, Path clusters, Path refs, List<String> methods, int words,
            String language) {
        if (!Files.isDirectory(refs)) {
            throw new IllegalArgumentException("references folder " + refs + " does not exist");
        }
        List<String> expanded = methods.contains("all") ? METHODS : methods;
        for (String m : expanded) {
            if (!METHODS.contains(m)) {
                throw new IllegalArgumentException("unknown cluster method '" + m + "'; known: " + METHODS);
            }
        }
        StorySummarizer summarizer = new StorySummarizer(TextTools.of(nlp));
        List<Cluster> all = load(nlp, clusters);
        List<Cluster> withRefs = all.stream().filter(c -> Files.isRegularFile(refs.resolve(c.id() + ".txt"))).toList();
        List<String> references = withRefs.stream().map(c -> Evaluation.read(refs.resolve(c.id() + ".txt")))
                .toList();
        String lang = language != null ? language : Evaluation.mostCommonLanguage(nlp,
                withRefs.stream().flatMap(c -> c.articles().stream()).map(StorySummarizer.Source::body).toList());
        Redundancy redundancy = Redundancy.forLanguage(lang);
        List<Evaluation.Row> rows = new ArrayList<>();
        for (String method : expanded) {
            long t0 = System.nanoTime();
            double[][] per = IntStream.range(0, withRefs.size()).parallel().mapToObj(i -> {
                String summary = summarize(summarizer, nlp, method, withRefs.get(i), words);
                return Evaluation.measures(Rouge.score(lang, references.get(i), summary), redundancy, summary);
            }).toArray(double[][]::new);
            rows.add(Evaluation.mean(method, per, (System.nanoTime() - t0) / 1e9));
        }
        return new Evaluation.Table(rows, 0, lang);
    }

    /** The summary of one cluster as the CLI writes it: one sentence per line. */
    public static String summarize(StorySummarizer summarizer, NlpModels nlp, String method, Cluster cluster,
            int words) {
        List<StorySummarizer.Chosen> chosen = switch (method) {
            case "default" -> summarizer.summarizeWords(cluster.articles(), words);
            case "lead" -> lead(nlp, cluster, words);
            default -> throw new IllegalArgumentException("unknown cluster method '" + method + "'");
        };
        return chosen.stream().map(c -> c.sentence().text().replaceAll("\\s*[\\r\\n]+\\s*", " ").strip())
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static List<StorySummarizer.Chosen> lead(NlpModels nlp, Cluster cluster, int words) {
        List<List<String>> sentences = new ArrayList<>();
        for (StorySummarizer.Source s : cluster.articles()) {
            sentences.add(nlp.splitter(s.language()).split(s.body()).stream().map(x -> x.of(s.body())).toList());
        }
        List<StorySummarizer.Chosen> out = new ArrayList<>();
        int used = 0;
        for (int k = 0; ; k++) {
            boolean any = false;
            for (int d = 0; d < sentences.size(); d++) {
                if (k < sentences.get(d).size()) {
                    any = true;
                    String t = sentences.get(d).get(k);
                    int w = t.split("\\s+").length;
                    if (used + w > words && !out.isEmpty()) {
                        return out;
                    }
                    used += w;
                    out.add(new StorySummarizer.Chosen(d, new org.daybrief.summarize.ScoredSentence(k, t, 0, null)));
                }
            }
            if (!any) {
                return out;
            }
        }
    }

    /** Every sub-folder of {@code parent} as a cluster of its {@code .txt} articles, in name order. */
    public static List<Cluster> load(NlpModels nlp, Path parent) {
        if (!Files.isDirectory(parent)) {
            throw new IllegalArgumentException("clusters folder " + parent + " does not exist");
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            List<Cluster> out = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<StorySummarizer.Source> articles = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted(
                            ClusterEvaluation::byNumberThenName).toList()) {
                        articles.add(article(nlp, f));
                    }
                }
                out.add(new Cluster(dir.getFileName().toString(), articles));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + parent + ": " + e.getMessage(), e);
        }
    }

    /**
     * One article file read as Daybrief reads a text file: its title from front matter or its headline, its body,
     * and the language detected in the body.
     */
    public static StorySummarizer.Source article(NlpModels nlp, Path file) {
        PlainText.Layout layout = PlainText.parse(Evaluation.read(file));
        String title = layout.frontMatter().getOrDefault("title", layout.headline().orElse(""));
        return new StorySummarizer.Source(title, layout.body(), nlp.detectLanguage(layout.body()));
    }

    /** {@code 2.txt} before {@code 10.txt}; other names after numbers, by name. */
    static int byNumberThenName(Path a, Path b) {
        String x = a.getFileName().toString().replaceFirst("\\.txt$", "");
        String y = b.getFileName().toString().replaceFirst("\\.txt$", "");
        boolean nx = x.matches("\\d{1,9}");
        boolean ny = y.matches("\\d{1,9}");
        if (nx && ny) {
            return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
        }
        return nx ? -1 : ny ? 1 : x.compareTo(y);
    }
}
