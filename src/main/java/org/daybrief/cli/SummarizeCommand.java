package org.daybrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.ArrayList;
import org.daybrief.deliver.AtomicFiles;
import org.daybrief.deliver.SummaryFiles;
import org.daybrief.digest.StorySummarizer;
import org.daybrief.digest.TextTools;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourcePath;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.summarize.ScoredSentence;
import org.daybrief.summarize.Summarizer;
import org.daybrief.summarize.Summary;
import org.daybrief.text.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code daybrief summarize}: summaries of files and folders, printed or written one file per document. Documents
 * are summarised on every core and written in input order, so the output does not depend on the thread count.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarises files, folders and archives. With --out, writes DIR/<name>.txt, the chosen "
                + "sentences one per line in document order; without, prints them.")
final class SummarizeCommand implements Callable<Integer> {

    /** A line break with the blanks around it (compiled once: String.replaceAll compiles per call). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

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
            throw new IllegalArgumentException("--sentences must be at least 1, got " + sentences);
        }
        if (words != null && words < 1) {
            throw new IllegalArgumentException("--words must be at least 1, got " + words);
        }
        if (!Summarizer.METHODS.contains(method)) {
            throw new IllegalArgumentException("--method: '" + method + "' is not a summary method; use one of: "
                    + String.join(", ", Summarizer.METHODS));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) {
            Files.createDirectories(out);
        }
        if (passes < 1) {
            throw new IllegalArgumentException("--passes must be at least 1, got " + passes);
        }
        long started = System.nanoTime();
        NlpModels nlp = NlpModels.load();
        Summarizer summarizer = Summarizer.create(nlp, method);
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Pass total = new Pass();
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.systemDefault())) {
            for (int p = 1; p <= passes; p++) {
                long passStart = System.nanoTime();
                Pass pass = summariseAll(parser, summarizer, pool, workers, stdout, stderr);
                total.add(pass);
                if (stats && passes > 1) {
                    double seconds = (System.nanoTime() - passStart) / 1e9;
                    stderr.println(String.format(Locale.ROOT, "pass %d: %d docs in %.2f s: %.0f docs/s; stages "
                            + "(thread-seconds): parse %.2f, sentences %.2f, score %.2f, write %.2f", p,
                            pass.documents(), seconds, pass.documents() / seconds, pass.parseNanos / 1e9,
                            pass.sentenceNanos / 1e9, pass.scoreNanos / 1e9, pass.writeNanos / 1e9));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        stdout.flush();
        stderr.println(String.format(Locale.ROOT, "summarised %d documents, skipped %d%s", total.done, total.skipped,
                out != null ? ", wrote " + out : ""));
        if (stats) {
            double seconds = (System.nanoTime() - started) / 1e9;
            long jvmMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            long peakHeap = 0;
            for (var memory : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (memory.getType() == java.lang.management.MemoryType.HEAP && memory.getPeakUsage() != null) {
                    peakHeap += memory.getPeakUsage().getUsed();
                }
            }
            // Stage times are summed over worker threads (CPU-time-like); wall time is the whole command.
            stderr.println(String.format(Locale.ROOT,
                    "stats: %d docs, %.1f MB in %.2f s (JVM up %.2f s): %.0f docs/s, %.2f MB/s; "
                            + "stages (thread-seconds): parse %.2f, sentences %.2f, score %.2f, write %.2f; "
                            + "peak heap %.0f MB; threads %d",
                    total.documents(), total.bytes / 1e6, seconds, jvmMillis / 1000.0, total.documents() / seconds,
                    total.bytes / 1e6 / seconds, total.parseNanos / 1e9, total.sentenceNanos / 1e9,
                    total.scoreNanos / 1e9, total.writeNanos / 1e9,
                    peakHeap / 1048576.0, workers));
        }
        return Main.OK;
    }

    private record Result(SourcePath source, Summary summary, String failure, long bytes, long parseNanos,
            long sentenceNanos, long scoreNanos) {
    }

    /** Counts and stage times of one pass over the inputs, or of all passes. */
    private static final class Pass {
        int done;
        int skipped;
        long bytes;
        long parseNanos;
        long sentenceNanos;
        long scoreNanos;
        long writeNanos;

        int documents() {
            return done + skipped;
        }

        void add(Pass other) {
            done += other.done;
            skipped += other.skipped;
            bytes += other.bytes;
            parseNanos += other.parseNanos;
            sentenceNanos += other.sentenceNanos;
            scoreNanos += other.scoreNanos;
            writeNanos += other.writeNanos;
        }
    }

    /** One pass: every input summarised on the pool and written (or printed) in input order. */
    private Pass summariseAll(DocumentParser parser, Summarizer summarizer, ExecutorService pool, int workers,
            PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        Pass pass = new Pass();
        SummaryFiles files = out != null ? new SummaryFiles(out) : null;
        try (RawDocuments raws = new RawDocuments(new SourceScanner(Path.of("")).scan(inputs),
                IngestLimits.DEFAULTS)) {
            // A bounded window of documents in flight keeps memory flat and the output in input order.
            Deque<Future<Result>> window = new ArrayDeque<>();
            int maxInFlight = workers * 16;
            while (raws.hasNext() || !window.isEmpty()) {
                while (raws.hasNext() && window.size() < maxInFlight) {
                    RawDocument raw = raws.next();
                    window.add(pool.submit(() -> summarise(parser, summarizer, raw)));
                }
                Result r = take(window.poll());
                pass.bytes += r.bytes();
                pass.parseNanos += r.parseNanos();
                pass.sentenceNanos += r.sentenceNanos();
                pass.scoreNanos += r.scoreNanos();
                if (r.failure() != null) {
                    pass.skipped++;
                    stderr.println("skipped " + r.source() + ": " + r.failure());
                    continue;
                }
                pass.done++;
                long writeStart = System.nanoTime();
                if (files != null) {
                    SummaryFiles.Written written = files.write(r.source(), lines(r.summary()));
                    if (written.renamed()) {
                        stderr.println("wrote " + r.source() + " as " + written.name() + " (its name was taken)");
                    }
                } else {
                    stdout.println("== " + r.source());
                    stdout.print(lines(r.summary()));
                    stdout.println();
                }
                pass.writeNanos += System.nanoTime() - writeStart;
            }
        }
        return pass;
    }

    /** {@code --clusters}: one story summary per sub-folder of the single input folder. */
    private int clusters() throws IOException {
        if (out == null || inputs.size() != 1 || !Files.isDirectory(Path.of(inputs.get(0)))) {
            throw new IllegalArgumentException("--clusters needs --out DIR and one folder of cluster sub-folders "
                    + "(fix: daybrief summarize --clusters --out DIR PARENT)");
        }
        if (words != null && words < 1) {
            throw new IllegalArgumentException("--words must be at least 1, got " + words);
        }
        int budget = words != null ? words : EvalCommand.DEFAULT_CLUSTER_WORDS;
        PrintWriter stderr = spec.commandLine().getErr();
        NlpModels nlp = NlpModels.load();
        StorySummarizer summarizer = new StorySummarizer(TextTools.of(nlp));
        List<Path> dirs;
        try (java.util.stream.Stream<Path> list = Files.list(Path.of(inputs.get(0)))) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        Files.createDirectories(out);
        int done = 0;
        int skipped = 0;
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.systemDefault())) {
            for (Path dir : dirs) {
                List<StorySummarizer.Source> sources = new ArrayList<>();
                try (RawDocuments raws = new RawDocuments(new SourceScanner(Path.of("")).scan(
                        List.of(dir.toString())), IngestLimits.DEFAULTS)) {
                    while (raws.hasNext()) {
                        RawDocument raw = raws.next();
                        try {
                            SourceDocument doc = parser.parse(raw);
                            sources.add(new StorySummarizer.Source(doc.headline(), doc.body(),
                                    nlp.detectLanguage(doc.body())));
                        } catch (UnreadableDocumentException e) {
                            skipped++;
                            stderr.println("skipped " + raw.path() + ": " + e.getMessage());
                        }
                    }
                }
                StringBuilder text = new StringBuilder();
                for (StorySummarizer.Chosen c : summarizer.summarizeWords(sources, budget)) {
                    text.append(LINE_BREAK.matcher(c.sentence().text()).replaceAll(" ").strip()).append('\n');
                }
                AtomicFiles.write(out.resolve(dir.getFileName() + ".txt"), text.toString());
                done++;
            }
        }
        stderr.println(String.format(Locale.ROOT, "summarised %d clusters, skipped %d documents, wrote %s", done,
                skipped, out));
        return Main.OK;
    }

    private Result summarise(DocumentParser parser, Summarizer summarizer, RawDocument raw) {
        long t0 = System.nanoTime();
        long size = 0;
        try {
            size = raw.isFailure() ? 0 : raw.size();
            SourceDocument doc = parser.parse(raw);
            long t1 = System.nanoTime();
            Summarizer.Prepared prepared = summarizer.prepare(doc.body());
            long t2 = System.nanoTime();
            Summary s = words != null ? summarizer.summarizeWords(doc.headline(), doc.body(), prepared, words)
                    : summarizer.summarize(doc.headline(), doc.body(), prepared, sentences);
            return new Result(raw.source(), s, null, size, t1 - t0, t2 - t1, System.nanoTime() - t2);
        } catch (UnreadableDocumentException e) {
            return new Result(raw.source(), null, e.getMessage(), size, System.nanoTime() - t0, 0, 0);
        } catch (IOException | RuntimeException e) {
            return new Result(raw.source(), null, "failed: " + e, size, System.nanoTime() - t0, 0, 0);
        }
    }

    private static Result take(Future<Result> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** One sentence per line; a sentence that spans lines in its document is joined with spaces. */
    static String lines(Summary summary) {
        StringBuilder sb = new StringBuilder();
        for (ScoredSentence s : summary.sentences()) {
            sb.append(LINE_BREAK.matcher(s.text()).replaceAll(" ").strip()).append('\n');
        }
        return sb.toString();
    }

    /** Method names for --help. */
    static final class Methods implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Summarizer.METHODS.iterator();
        }
    }
}
