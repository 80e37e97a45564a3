package org.daybrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.daybrief.eval.ClusterEvaluation;
import org.daybrief.eval.Evaluation;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief eval}: ROUGE of Daybrief's summaries against reference summaries. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "ROUGE-1/2/L/Lsum F1 (x100, averaged over documents) of our summaries against references: "
                + "DOCS/<id>.txt and REFS/<id>.txt, one reference sentence per line.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "documents, <id>.txt")
    Path docs;

    @Option(names = "--refs", required = true, paramLabel = "DIR", description = "references, <id>.txt")
    Path refs;

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

    static final int DEFAULT_CLUSTER_WORDS = 220;

    @Override
    public Integer call() {
        for (Path dir : List.of(docs, refs)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": not a folder (fix: pass the folder of <id>.txt files)");
            }
        }
        if (words != null && words < 1) {
            throw new IllegalArgumentException("--words must be at least 1, got " + words);
        }
        if (clusters) {
            for (String m : methods) {
                if (!m.equals("all") && !ClusterEvaluation.METHODS.contains(m)) {
                    throw new IllegalArgumentException("--method: '" + m + "' is not a cluster summary method; use "
                            + "'all' or " + String.join(", ", ClusterEvaluation.METHODS));
                }
            }
            Evaluation.Table table = ClusterEvaluation.run(NlpModels.load(), docs, refs, methods,
                    words != null ? words : DEFAULT_CLUSTER_WORDS);
            spec.commandLine().getOut().print(table.format());
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        if (words != null) {
            throw new IllegalArgumentException("--words needs --clusters here (fix: use --sentences N)");
        }
        for (String m : methods) {
            if (!m.equals("all") && !Summarizer.METHODS.contains(m)) {
                throw new IllegalArgumentException("--method: '" + m + "' is not a summary method; use 'all' or "
                        + String.join(", ", Summarizer.METHODS));
            }
        }
        if (sentences < 1) {
            throw new IllegalArgumentException("--sentences must be at least 1, got " + sentences);
        }
        Evaluation.Table table = Evaluation.run(NlpModels.load(), docs, refs, methods, sentences);
        spec.commandLine().getOut().print(table.format());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
