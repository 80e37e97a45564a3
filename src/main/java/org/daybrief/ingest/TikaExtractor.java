package org.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.SAXException;

/**
 * Text and metadata out of any format Tika reads, within {@link IngestLimits}.
 *
 * <p>Thread-safe: one {@link AutoDetectParser} (expensive to build, safe to share) serves every call. Plain text is
 * decoded here in one linear pass. HTML is parsed here too, on a watchdog thread. Every other format is parsed in a
 * child JVM ({@link ParserProcess}, one per concurrent caller, kept between documents): Tika's parsers for binary
 * formats are where real files make a parser loop or allocate until the heap is full (OneNote, PST), a Java thread
 * cannot be killed, and a child can, with its heap bounded. A parse that does run away in this JVM (HTML, or every
 * format when no child can start) is interrupted at its timeout and, if it does not listen, abandoned: at most
 * {@link #MAX_STUCK} such parses may be alive at once; past that, those documents are skipped without parsing.
 */
final class TikaExtractor implements AutoCloseable {

    /** Timed-out parses still running, in this JVM, after which no new parse is started. */
    static final int MAX_STUCK = 3;
    private static final AtomicInteger STUCK = new AtomicInteger();

    private static final EncodingDetector ENCODINGS = new TextEncodingDetector();

    /** Tika's generic parser takes about a second to build: built on first need, as plain text needs none. */
    private volatile AutoDetectParser parser;
    private final Parser txtParser = new TXTParser();
    private final Parser htmlParser = new JSoupParser();
    private final IngestLimits limits;
    private final ExecutorService watchdog;

    /** Children idle between documents; every child started and not yet closed. */
    private final Queue<ParserProcess> idle = new ConcurrentLinkedQueue<>();
    private final Set<ParserProcess> children = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    /** False in a child itself, and once a child could not start (a JVM run from the fat jar, say). */
    private volatile boolean isolated;
    private volatile boolean startedOne;

    /** Parses binary formats in child JVMs. */
    TikaExtractor(IngestLimits limits) {
        this(limits, true);
    }

    /** Parses everything in this JVM: the extractor of a {@link ParseServer}. */
    static TikaExtractor inProcess(IngestLimits limits) {
        return new TikaExtractor(limits, false);
    }

    private TikaExtractor(IngestLimits limits, boolean isolated) {
        this.limits = limits;
        this.isolated = isolated;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "daybrief-parse-timer");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger threads = new AtomicInteger();
        this.watchdog = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "daybrief-parse-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Extracts one document.
     *
     * @param stream the bytes; not closed here
     * @param name   the file or entry name, a hint for type detection and the path used in errors
     */
    Extracted extract(InputStream stream, String name) throws UnreadableDocumentException {
        int stuck = STUCK.get();
        if (stuck >= MAX_STUCK) {
            throw new UnreadableDocumentException(name, "not read: the parsers of " + stuck
                    + " earlier documents are stuck after timing out (restart to free them)", null);
        }
        Parser parser;
        try {
            parser = parserFor(name, stream);
            if (parser == txtParser) {
                // Plain text is decoded in one linear pass that cannot loop: no watchdog thread needed.
                return parse(stream, name, parser, () -> false);
            }
        } catch (IOException | SAXException | TikaException | RuntimeException | StackOverflowError
                | OutOfMemoryError e) {
            throw new UnreadableDocumentException(name, reason(e, name), e);
        }
        if (parser != htmlParser && isolated) {
            ParserProcess child = child();
            if (child != null) {
                try {
                    return child.parse(stream, name, limits, timer);
                } catch (IOException e) {
                    throw new UnreadableDocumentException(name, "cannot read: " + oneLine(
                            String.valueOf(e.getMessage())), e);
                } finally {
                    release(child);
                }
            }
        }
        Task task = new Task();
        Future<Extracted> parse = watchdog.submit(() -> {
            try {
                return parse(stream, name, parser, task::abandoned);
            } finally {
                task.finished();
            }
        });
        long timeoutMillis = limits.perDocumentTimeout().toMillis();
        try {
            return parse.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            task.abandon();
            throw new UnreadableDocumentException(name, "timed out after " + describe(limits.perDocumentTimeout()), e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            task.abandon();
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(name, "interrupted", e);
        } catch (ExecutionException e) {
            throw new UnreadableDocumentException(name, reason(e.getCause(), name), e.getCause());
        }
    }

    /** An idle child, or a new one; null when none can start (then this extractor parses in-process from now). */
    private ParserProcess child() {
        for (ParserProcess c = idle.poll(); c != null; c = idle.poll()) {
            if (c.alive()) {
                return c;
            }
            children.remove(c);
        }
        try {
            ParserProcess c = ParserProcess.start(limits, timer);
            startedOne = true;
            children.add(c);
            if (!isolated) { // closed meanwhile
                c.close();
                return null;
            }
            return c;
        } catch (IOException e) {
            if (!startedOne) { // never started: it will not (the fat jar's class path, say)
                isolated = false;
                System.err.println("daybrief: parsing in this process: cannot start a parser process: "
                        + e.getMessage());
            }
            return null; // a start that failed once (a busy machine): this document in-process, the next in a child
        }
    }

    private void release(ParserProcess child) {
        if (child.alive() && isolated) {
            idle.add(child);
        } else {
            children.remove(child);
            child.close();
        }
    }

    /** Builds Tika's generic parser now rather than at the first document. */
    void warmUp() {
        generic();
    }

    /** Parses currently abandoned after a timeout and still running, in this JVM. */
    static int stuckParses() {
        return STUCK.get();
    }

    /** "30 s", or "500 ms" below a second. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** One parse's state, to count it as stuck from its timeout until it ends, if it ever does. */
    private static final class Task {
        private boolean done;
        /** Read by the parse's own thread at each write ({@link StopWhenAbandoned}). */
        private volatile boolean abandoned;

        boolean abandoned() {
            return abandoned;
        }

        synchronized void finished() {
            done = true;
            if (abandoned) {
                STUCK.decrementAndGet();
            }
        }

        synchronized void abandon() {
            if (!done && !abandoned) {
                abandoned = true;
                STUCK.incrementAndGet();
            }
        }
    }

    private Extracted parse(InputStream stream, String name, Parser parser, BooleanSupplier abandoned)
            throws IOException, SAXException, TikaException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, ENCODINGS);
        context.set(HtmlMapper.class, HiddenText.MAPPER);
        WriteOutContentHandler text = new WriteOutContentHandler(
                new ToTextContentHandler(), limits.maxTextChars(), true, context);
        try {
            parser.parse(stream, new BodyContentHandler(new StopWhenAbandoned(
                    new HiddenText(new BlockBreaks(text)), abandoned)), metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            // The write limit ends the parse, and is not a failure: a huge document is summarised from its start,
            // and a parser that would write without end (a loop in a damaged file) stops at the limit.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        // The type may come from the file itself (an odt's mimetype entry, say), so it may hold anything.
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return new Extracted(text.toString(), metadata, type == null ? "" : oneLine(type));
    }

    /**
     * Plain text and HTML named as such go straight to Tika's own parser for them: Tika's generic path spends most
     * of its time on magic-byte detection and CSV sniffing, which a .txt or .html file does not need. A file whose
     * first bytes hold a NUL is not the text its name claims, so it takes the generic path.
     */
    private Parser parserFor(String name, InputStream stream) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean text = lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md");
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
        if ((text || html) && stream instanceof TikaInputStream tis && !startsWithBinary(tis)) {
            return text ? txtParser : htmlParser;
        }
        return generic();
    }

    private static boolean startsWithBinary(TikaInputStream stream) throws IOException {
        byte[] head = new byte[4096];
        int n = stream.peek(head);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private AutoDetectParser generic() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new AutoDetectParser();
                    AutoDetectParserConfig config = new AutoDetectParserConfig();
                    config.setMaximumPackageEntryDepth(limits.maxNestingDepth());
                    config.setMaximumCompressionRatio(200);
                    config.setThrowOnZeroBytes(true);
                    p.setAutoDetectParserConfig(config);
                    parser = p;
                }
            }
        }
        return p;
    }

    /** The reason for a document whose parser filled its heap (a damaged file's length fields, often). */
    static final String OUT_OF_MEMORY = "too big to read: the parser ran out of memory";

    /** The reason for a document whose structure is deeper than a parser's stack. */
    static final String TOO_DEEP = "too deeply nested to read";

    /** One line a user can act on, naming the format when it is known. */
    static String reason(Throwable t, String name) {
        if (t instanceof ZeroByteFileException) {
            return "empty file (0 bytes)";
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StackOverflowError) {
                return TOO_DEEP;
            }
            if (c instanceof OutOfMemoryError) {
                return OUT_OF_MEMORY;
            }
            if (c instanceof EncryptedDocumentException || c.getClass().getSimpleName().contains("Encrypted")
                    || c.getClass().getSimpleName().contains("Password")) {
                return "encrypted";
            }
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "corrupt " + FormatNames.fromName(name) + ": " + oneLine(detail);
    }

    /** Line breaks of any kind and control characters (a binary entry name in a parser's message). */
    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

    static String oneLine(String s) {
        String line = NOT_ONE_LINE.matcher(s).replaceAll(" ").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    @Override
    public void close() {
        isolated = false;
        for (ParserProcess child : children) {
            child.close();
        }
        children.clear();
        idle.clear();
        timer.shutdownNow();
        watchdog.shutdownNow();
    }
}
