package org.daybrief.summarize;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourceFile;
import org.daybrief.ingest.SourcePath;
import org.daybrief.ingest.UnreadableDocumentException;

/**
 * Summarises files, folders and archives, one summary per document: each document is parsed and summarised on a
 * pool of worker threads, and the results are handed back on the caller's thread in input order. A bounded window
 * of documents in flight keeps memory flat; the order makes the output independent of the thread count and of
 * timing. A document that cannot be read is a result with a reason, never an exception.
 *
 * <p>{@link #summarize} may be called again (the {@code --passes} of {@code daybrief summarize}). Not thread-safe:
 * one caller; close it to stop the workers.
 */
public final class FileSummarizer implements AutoCloseable {

    /** A line break with the blanks around it (compiled once: String.replaceAll compiles per call). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

    /** Documents in flight per worker: enough to keep every worker busy while the caller writes. */
    private static final int WINDOW_PER_WORKER = 16;

    private final Summarizer summarizer;
    private final Length length;
    private final DocumentParser parser;
    private final ExecutorService pool;
    private final int workers;

    /**
     * How long each summary is.
     *
     * @param sentences sentences per document, when {@code words} is null
     * @param words     a word budget instead of a sentence count, or null
     */
    public record Length(int sentences, Integer words) {
        public Length {
            if (sentences < 1 || (words != null && words < 1)) {
                throw new IllegalArgumentException("a summary needs at least one sentence or word: " + this);
            }
        }
    }

    /**
     * One document's outcome, with the time each stage took on its worker.
     *
     * @param summary the summary, or null when the document was skipped
     * @param failure why the document was skipped, or null
     * @param bytes   the document's size
     */
    public record Result(SourcePath source, Summary summary, String failure, long bytes, long parseNanos,
            long sentenceNanos, long scoreNanos) {

        public boolean skipped() {
            return failure != null;
        }
    }

    /** Takes the results in input order, on the caller's thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(Result result) throws IOException;
    }

    /**
     * Counts and stage times of one call, or of several added up. Stage times are summed over the workers
     * (thread-seconds, like CPU time); {@code writeNanos} is the time the sink took over the summaries.
     */
    public record Stats(int done, int skipped, long bytes, long parseNanos, long sentenceNanos, long scoreNanos,
            long writeNanos) {

        public static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0, 0);

        public int documents() {
            return done + skipped;
        }

        public Stats plus(Stats o) {
            return new Stats(done + o.done, skipped + o.skipped, bytes + o.bytes, parseNanos + o.parseNanos,
                    sentenceNanos + o.sentenceNanos, scoreNanos + o.scoreNanos, writeNanos + o.writeNanos);
        }

        private Stats plus(Result r, long writeNanos) {
            return plus(new Stats(r.skipped() ? 0 : 1, r.skipped() ? 1 : 0, r.bytes(), r.parseNanos(),
                    r.sentenceNanos(), r.scoreNanos(), writeNanos));
        }
    }

    /**
     * @param workers worker threads, at least one
     * @param zone    the zone document dates are read in
     */
    public FileSummarizer(Summarizer summarizer, Length length, int workers, ZoneId zone) {
        this.summarizer = summarizer;
        this.length = length;
        this.workers = Math.max(1, workers);
        this.parser = new DocumentParser(IngestLimits.DEFAULTS, zone);
        this.pool = Executors.newFixedThreadPool(this.workers);
    }

    /** Summarises every document of the files (archives and mailboxes opened), handing each result to the sink. */
    public Stats summarize(List<SourceFile> files, Sink sink) throws IOException, InterruptedException {
        Stats stats = Stats.NONE;
        try (RawDocuments raws = new RawDocuments(files, IngestLimits.DEFAULTS)) {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int maxInFlight = workers * WINDOW_PER_WORKER;
            while (raws.hasNext() || !window.isEmpty()) {
                while (raws.hasNext() && window.size() < maxInFlight) {
                    RawDocument raw = raws.next();
                    window.add(pool.submit(() -> summarizeOne(raw)));
                }
                Result r = take(window.poll());
                long writeStart = System.nanoTime();
                sink.accept(r);
                stats = stats.plus(r, r.skipped() ? 0 : System.nanoTime() - writeStart);
            }
        }
        return stats;
    }

    private Result summarizeOne(RawDocument raw) {
        long t0 = System.nanoTime();
        long size = 0;
        try {
            size = raw.isFailure() ? 0 : raw.size();
            SourceDocument doc = parser.parse(raw);
            long t1 = System.nanoTime();
            Summarizer.Prepared prepared = summarizer.prepare(doc.body());
            long t2 = System.nanoTime();
            Summary s = length.words() != null
                    ? summarizer.summarizeWords(doc.headline(), doc.body(), prepared, length.words())
                    : summarizer.summarize(doc.headline(), doc.body(), prepared, length.sentences());
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
    public static String lines(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            sb.append(LINE_BREAK.matcher(s).replaceAll(" ").strip()).append('\n');
        }
        return sb.toString();
    }

    /** The summary's sentences, one a line (see {@link #lines(List)}). */
    public static String lines(Summary summary) {
        return lines(summary.sentences().stream().map(ScoredSentence::text).toList());
    }

    @Override
    public void close() {
        pool.shutdownNow();
        parser.close();
    }
}
