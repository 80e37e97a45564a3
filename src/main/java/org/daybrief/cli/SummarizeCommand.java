package org.daybrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import org.daybrief.deliver.AtomicFiles;
import org.daybrief.deliver.SummaryFiles;
import org.daybrief.digest.ClusterSummarizer;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.summarize.FileSummarizer;
import org.daybrief.summarize.FileSummarizer.Stats;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code daybrief summarize}: summaries of files and folders, printed or written one file per document
 * ({@link SummaryFiles}). The work is {@link FileSummarizer}'s, which hands results back in input order, so the
 * output does not depend on the thread count.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarises files, folders and archives. With --out, writes DIR/<name>.txt, the chosen "
                + "sentences one per line in document order; without, prints them.")
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sentences", defaultValue = "3", paramLabel = "N", description = "sentences per document "
            + "(default: ${DEFAULT-VALUE})")
    int sentences;

    @Option(names = "--words", paramLabel = "N", description = "a word budget instead of a sentence count")
    Integer words;

    @Option(names = "--method", defaultValue = "default", paramLabel = "M",
            description = "scoring method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = Methods.class)
    String method;

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<input name without extension>.txt; "
            + "a name taken by an earlier input gets -2, -3, ...")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--stats", description = "print documents/s, MB/s, time per stage and peak heap to stderr")
    boolean stats;

    @Option(names = "--passes", defaultValue = "1", paramLabel = "N", description = "summarise the inputs N times "
            + "in one JVM (the same output each time); with --stats, prints each pass: the later ones show the speed "
            + "once the JIT has compiled the hot code (default: ${DEFAULT-VALUE})")
    int passes;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or archives")
    List<String> inputs;

    @Option(names = "--clusters", description = "multi-document mode: each sub-folder of the one INPUT folder is a "
            + "cluster of articles about one event; writes DIR/<sub-folder>.txt, the story summary, one sentence per "
            + "line (word budget --words, default " + EvalCommand.DEFAULT_CLUSTER_WORDS + ")")
    boolean clusters;

    @Override
    public Integer call() throws Exception {
        if (clusters) {
            return clusters();
        }
        if (sentences < 1) {
            throw new UsageException("--sentences must be at least 1, got " + sentences);
        }
        if (words != null && words < 1) {
            throw new UsageException("--words must be at least 1, got " + words);
        }
        if (!Summarizer.METHODS.contains(method)) {
            throw new UsageException("--method: '" + method + "' is not a summary method; use one of: "
                    + String.join(", ", Summarizer.METHODS));
        }
        // A mistyped INPUT is the command line's fault, as a job file's missing source is: said before any work.
        SourceScanner scanner = new SourceScanner(Path.of(""));
        List<String> missing = inputs.stream().filter(i -> !scanner.exists(i)).toList();
        if (!missing.isEmpty()) {
            throw new UsageException("INPUT " + String.join(", ", missing) + ": no such file or folder (fix: name "
                    + "files, folders, archives or globs that exist)");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) {
            Files.createDirectories(out);
        }
        if (passes < 1) {
            throw new UsageException("--passes must be at least 1, got " + passes);
        }
        long started = System.nanoTime();
        Summarizer summarizer = Summarizer.create(NlpModels.load(), method);
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Stats total = Stats.NONE;
        try (FileSummarizer files = new FileSummarizer(summarizer, new FileSummarizer.Length(sentences, words),
                workers, ZoneId.systemDefault())) {
            for (int p = 1; p <= passes; p++) {
                long passStart = System.nanoTime();
                Stats pass = files.summarize(scanner.scan(inputs), output(stdout, stderr));
                total = total.plus(pass);
                if (stats && passes > 1) {
                    stderr.println(String.format(Locale.ROOT, "pass %d: %s", p,
                            speed(pass, (System.nanoTime() - passStart) / 1e9)));
                }
            }
        }
        stdout.flush();
        stderr.println("summarised " + count(total.done(), "document") + ", skipped " + total.skipped()
                + (out != null ? ", wrote " + out : ""));
        if (stats) {
            double seconds = (System.nanoTime() - started) / 1e9;
            long jvmMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            long peakHeap = 0;
            for (var memory : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (memory.getType() == java.lang.management.MemoryType.HEAP && memory.getPeakUsage() != null) {
                    peakHeap += memory.getPeakUsage().getUsed();
                }
            }
            stderr.println(String.format(Locale.ROOT,
                    "stats: %d docs, %.1f MB in %.2f s (JVM up %.2f s): %.0f docs/s, %.2f MB/s; "
                            + "stages (thread-seconds): %s; peak heap %.0f MB; threads %d",
                    total.documents(), total.bytes() / 1e6, seconds, jvmMillis / 1000.0, total.documents() / seconds,
                    total.bytes() / 1e6 / seconds, stages(total), peakHeap / 1048576.0, workers));
        }
        return Main.OK;
    }

    /** Where each result goes, in input order: a file in --out, or stdout; a skipped document to stderr. */
    private FileSummarizer.Sink output(PrintWriter stdout, PrintWriter stderr) {
        SummaryFiles files = out != null ? new SummaryFiles(out) : null; // a new set of names each pass
        return r -> {
            if (r.skipped()) {
                stderr.println("skipped " + r.source() + ": " + r.failure());
            } else if (files != null) {
                SummaryFiles.Written written = files.write(r.source(), FileSummarizer.lines(r.summary()));
                if (written.renamed()) {
                    stderr.println("wrote " + r.source() + " as " + written.name() + " (its name was taken)");
                }
            } else {
                stdout.println("== " + r.source());
                stdout.print(FileSummarizer.lines(r.summary()));
                stdout.println();
            }
        };
    }

    /** Documents per second and time per stage, wall time being the caller's. */
    private static String speed(Stats s, double seconds) {
        return String.format(Locale.ROOT, "%d docs in %.2f s: %.0f docs/s; stages (thread-seconds): %s",
                s.documents(), seconds, s.documents() / seconds, stages(s));
    }

    /** Stage times are summed over worker threads (CPU-time-like). */
    private static String stages(Stats s) {
        return String.format(Locale.ROOT, "parse %.2f, sentences %.2f, score %.2f, write %.2f", s.parseNanos() / 1e9,
                s.sentenceNanos() / 1e9, s.scoreNanos() / 1e9, s.writeNanos() / 1e9);
    }

    /** {@code --clusters}: one story summary per sub-folder of the single input folder. */
    private int clusters() throws IOException {
        if (out == null || inputs.size() != 1 || !Files.isDirectory(Path.of(inputs.get(0)))) {
            throw new UsageException("--clusters needs --out DIR and one folder of cluster sub-folders "
                    + "(fix: daybrief summarize --clusters --out DIR PARENT)");
        }
        if (words != null && words < 1) {
            throw new UsageException("--words must be at least 1, got " + words);
        }
        int budget = words != null ? words : EvalCommand.DEFAULT_CLUSTER_WORDS;
        PrintWriter stderr = spec.commandLine().getErr();
        Files.createDirectories(out);
        List<SkippedDocument> skipped = new ArrayList<>();
        int done;
        try (ClusterSummarizer summarizer = new ClusterSummarizer(NlpModels.load(), budget, ZoneId.systemDefault())) {
            done = summarizer.summarize(Path.of(inputs.get(0)), s -> {
                skipped.add(s);
                stderr.println("skipped " + s.path() + ": " + s.reason());
            }, c -> AtomicFiles.write(out.resolve(c.name() + ".txt"), FileSummarizer.lines(c.sentences())));
        }
        stderr.println("summarised " + count(done, "cluster") + ", skipped " + count(skipped.size(), "document")
                + ", wrote " + out);
        return Main.OK;
    }

    /** Method names for --help. */
    static final class Methods implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Summarizer.METHODS.iterator();
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
