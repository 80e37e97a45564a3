package org.daybrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.daybrief.eval.ClusterEvaluation;
import org.daybrief.eval.Evaluation;
import org.daybrief.eval.LearnedFit;
import org.daybrief.eval.Rouge;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief eval}: ROUGE of Daybrief's summaries against reference summaries. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "ROUGE-1/2/L/Lsum F1 (x100, averaged over documents) of our summaries against references: "
                + "DOCS/<id>.txt and REFS/<id>.txt, one reference sentence per line; or, with --summaries, of "
                + "summaries made elsewhere. repeat%% is the share of summaries that repeat themselves (two sentences "
                + "sharing at least 60%% of the shorter one's content words).")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR",
            description = "documents, <id>.txt; repeat with --refs to evaluate several sets in one run")
    List<Path> docs = new ArrayList<>();

    @Option(names = "--summaries", paramLabel = "DIR", description = "instead of --docs: score the summaries "
            + "already in DIR (<id>.txt, one sentence per line, e.g. another summariser's) against the one --refs; "
            + "repeat for several summarisers, one row each, named after the folder")
    List<Path> summaries = new ArrayList<>();

    @Option(names = "--refs", required = true, paramLabel = "DIR",
            description = "references, <id>.txt; one --refs per --docs, in the same order")
    List<Path> refs;

    @Option(names = "--sentences", defaultValue = "3", paramLabel = "N",
            description = "sentences per summary (default: ${DEFAULT-VALUE})")
    int sentences;

    @Option(names = "--method", defaultValue = "default", split = ",", paramLabel = "M",
            description = "one or more methods, comma-separated, or 'all' (default: ${DEFAULT-VALUE})")
    List<String> methods;

    @Option(names = "--clusters", description = "multi-document mode: DOCS holds one sub-folder of articles per "
            + "event (<id>/<n>.txt), summarised as one story each; REFS holds <id>.txt")
    boolean clusters;

    @Option(names = "--words", paramLabel = "N", description = "word budget per summary (default with --clusters: "
            + DEFAULT_CLUSTER_WORDS + ")")
    Integer words;

    @Option(names = "--fit", description = "instead of evaluating: fit the default method's weights "
            + "(LearnedScorer) on the sets given (greedy ROUGE oracle labels, logistic regression) and print them "
            + "with their ROUGE, in-sample and two-fold")
    boolean fit;

    @Option(names = "--set-weight", split = ",", paramLabel = "W",
            description = "with --fit: the weight of each set's documents, in --docs order (default: 1 each)")
    List<Double> setWeights;

    @Option(names = "--l2", defaultValue = "1e-5", paramLabel = "L",
            description = "with --fit: L2 penalty (default: ${DEFAULT-VALUE})")
    double l2;

    @Option(names = "--lang", paramLabel = "L", description = "ISO 639-1 language of the set for ROUGE's tokens "
            + "and stemmer (default: the one detected most often among the documents; with --summaries: en)")
    String lang;

    static final int DEFAULT_CLUSTER_WORDS = 220;

    @Override
    public Integer call() {
        if (!summaries.isEmpty()) {
            return scoreSummaries();
        }
        if (docs.isEmpty()) {
            throw new UsageException("eval needs --docs DIR (or --summaries DIR) with --refs DIR");
        }
        if (docs.size() != refs.size()) {
            throw new UsageException("--docs given " + docs.size() + " times but --refs " + refs.size()
                    + " times (fix: one --refs folder for each --docs folder, in the same order)");
        }
        requireFolders(concat(docs, refs));
        if (fit) {
            return fit();
        }
        if (words != null && words < 1) {
            throw new UsageException("--words must be at least 1, got " + words);
        }
        if (clusters) {
            for (String m : methods) {
                if (!m.equals("all") && !ClusterEvaluation.METHODS.contains(m)) {
                    throw new UsageException("--method: '" + m + "' is not a cluster summary method; use "
                            + "'all' or " + String.join(", ", ClusterEvaluation.METHODS));
                }
            }
            NlpModels nlp = NlpModels.load();
            for (int i = 0; i < docs.size(); i++) {
                print(i, ClusterEvaluation.run(nlp, docs.get(i), refs.get(i), methods,
                        words != null ? words : DEFAULT_CLUSTER_WORDS, lang));
            }
            return Main.OK;
        }
        if (words != null) {
            throw new UsageException("--words needs --clusters here (fix: use --sentences N)");
        }
        for (String m : methods) {
            if (!m.equals("all") && !Summarizer.METHODS.contains(m)) {
                throw new UsageException("--method: '" + m + "' is not a summary method; use 'all' or "
                        + String.join(", ", Summarizer.METHODS));
            }
        }
        if (sentences < 1) {
            throw new UsageException("--sentences must be at least 1, got " + sentences);
        }
        NlpModels nlp = NlpModels.load();
        for (int i = 0; i < docs.size(); i++) {
            print(i, Evaluation.run(nlp, docs.get(i), refs.get(i), methods, sentences, lang));
        }
        return Main.OK;
    }

    private int scoreSummaries() {
        if (!docs.isEmpty() || clusters || fit || words != null) {
            throw new UsageException("--summaries scores summaries already made: it takes no --docs, "
                    + "--clusters, --fit or --words (fix: drop them)");
        }
        if (refs.size() != 1) {
            throw new UsageException("--summaries takes one --refs folder, got " + refs.size()
                    + " (fix: score each reference set in its own run)");
        }
        requireFolders(concat(summaries, refs));
        print(0, Evaluation.scoreSummaries(summaries, refs.get(0), lang != null ? lang : Rouge.ENGLISH));
        return Main.OK;
    }

    private void print(int set, Evaluation.Table table) {
        // On stderr: the table on stdout stays as scripts read it.
        boolean detected = lang == null && summaries.isEmpty();
        spec.commandLine().getErr().println("eval: " + (summaries.isEmpty() ? setName(set) + ": " : "")
                + "ROUGE tokens for language " + table.language() + (detected ? " (detected)" : ""));
        spec.commandLine().getErr().flush();
        if (docs.size() > 1) {
            spec.commandLine().getOut().println((set == 0 ? "" : "\n") + "# " + setName(set));
        }
        spec.commandLine().getOut().print(table.format());
        spec.commandLine().getOut().flush();
    }

    private int fit() {
        if (setWeights != null && setWeights.size() != docs.size()) {
            throw new UsageException("--set-weight has " + setWeights.size() + " values for " + docs.size()
                    + " sets (fix: one weight per --docs folder)");
        }
        List<LearnedFit.DataSet> sets = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            sets.add(new LearnedFit.DataSet(setName(i), docs.get(i), refs.get(i),
                    setWeights == null ? 1 : setWeights.get(i)));
        }
        LearnedFit.Result result = LearnedFit.run(Summarizer.preprocessor(NlpModels.load()), sets, sentences, l2);
        spec.commandLine().getOut().print(result.format());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** A set's name for the report: the folder holding its docs/ (e.g. cnndm-dev). */
    private String setName(int i) {
        Path d = docs.get(i).toAbsolutePath().normalize();
        Path parent = d.getParent();
        return parent != null && d.getFileName().toString().equals("docs") ? parent.getFileName().toString()
                : d.getFileName().toString();
    }

    private static void requireFolders(List<Path> dirs) {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": not a folder (fix: pass the folder of <id>.txt files)");
            }
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
