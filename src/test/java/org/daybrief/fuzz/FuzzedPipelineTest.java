package org.daybrief.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.daybrief.render.RelativeLinks;
import org.daybrief.batch.StateStore;
import org.daybrief.deliver.DigestFiles;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestAssembler;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.digest.TextTools;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.ingest.UnreadableDocumentException;
import org.daybrief.render.DigestRenderer;
import org.daybrief.render.Format;
import org.daybrief.summarize.Summarizer;
import org.daybrief.summarize.Summary;
import org.daybrief.text.NlpModels;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzed pipeline: generated and mutated documents ({@link FuzzInputs}) go in batches through the stages of
 * a run, in process and in the run's order: ingest (archives opened, Tika), text and summarise, store (the run's
 * {@link StateStore} on an in-memory H2), then digest and render to every format with the job's index and feed.
 * Each batch is checked: nothing thrown out of a stage, every input file summarised (or a copy of one) or skipped
 * with a reason, no document markup live in the HTML pages, the Atom feed or digest.md, no control characters in
 * digest.json, titles on one line and at most 300 characters.
 *
 * <p>Plain JUnit with its own seeded generator: jqwik 1.10 asks not to be used by AI coding agents (its
 * "Anti-AI Usage Clause"), and Jazzer's JUnit integration generates inputs only in its separate fuzzing mode
 * (an environment variable, one fuzz test per JVM), not under a plain {@code mvn test}.
 *
 * <p>Budget: {@code -Ddaybrief.fuzz.seconds} (default 25; the README's figure comes from 600). Inputs come from
 * {@code -Ddaybrief.fuzz.seed} (default 19), one generator per input, so a failure names the seed and input
 * that reproduce it, and its bytes are saved under {@code target/fuzz-failures/}.
 */
class FuzzedPipelineTest {

    private static final long SEED = Long.getLong("daybrief.fuzz.seed", 19L);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("daybrief.fuzz.seconds", 25L));
    private static final int BATCH = 25;
    /** Round 0 is the named inputs; on a busy machine the budget may end there: one random round more. */
    private static final int MIN_ROUNDS = 2;
    /** The defaults but for fewer archive entries and a shorter timeout, to keep the rate up. */
    private static final IngestLimits LIMITS = new IngestLimits(20L * 1024 * 1024, 2_000_000, 3, 1000,
            64L * 1024 * 1024, Duration.ofSeconds(10));
    private static final String JOB = "fuzz";
    /** The bound branch {@code isolation} puts on titles (issue 19, item 1). */
    private static final int MAX_TITLE_CHARS = 300;

    /** Tags and links a document must never bring alive into a page. */
    private static final Pattern LIVE_MARKUP = Pattern.compile(
            "<\\s*(script|fz-evil|img|svg|iframe)\\b|(href|src)\\s*=\\s*[\"']?\\s*(javascript|data):",
            Pattern.CASE_INSENSITIVE);

    /** In Markdown a tag is live unless its "<" is backslash-escaped. */
    private static final Pattern LIVE_MARKDOWN_TAG = Pattern.compile("(?<!\\\\)<\\s*(script|fz-evil|img|svg|iframe)\\b",
            Pattern.CASE_INSENSITIVE);
    /** NUL and the other C0 controls but tab and newline: never part of text a reader should see. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    /**
     * Kept apart: titles over 300 characters, and documents the store refused for a title over its column: both
     * expected to go only once branch {@code isolation} (bounded titles, issue 19 item 1) is merged.
     */
    private final List<String> longTitles = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> stageNanos = new TreeMap<>();
    private int inputs;
    private int documents;
    private int summarised;
    private int skipped;

    @Test
    void everyInputIsSummarisedOrSkippedAndNothingLeaksIntoPages() throws Exception {
        NlpModels nlp = NlpModels.load();
        Summarizer summarizer = Summarizer.create(nlp, "default");
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:fuzz-" + SEED + ";DB_CLOSE_DELAY=-1");
        StateStore store = new StateStore(db);
        DigestAssembler assembler = new DigestAssembler(new RelativeLinks(dir), TextTools.of(nlp));
        DigestFiles files = new DigestFiles(dir.resolve("output"), new DigestRenderer());
        FuzzInputs generator = FuzzInputs.fromSeeds(Path.of("seeds"));

        long deadline = System.nanoTime() + BUDGET.toNanos();
        System.out.printf("fuzz: seed %d, budget %s%n", SEED, BUDGET);
        try (DocumentParser parser = new DocumentParser(LIMITS, ZoneId.of("UTC"))) {
            int round = 0;
            do {
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(round);
                Map<String, FuzzInputs.Input> batch = round == 0 ? landmarks(generator) : batch(generator, round);
                Path in = dir.resolve("in-" + round);
                Files.createDirectories(in);
                for (Map.Entry<String, FuzzInputs.Input> e : batch.entrySet()) {
                    Files.write(in.resolve(e.getKey()), e.getValue().bytes());
                }
                inputs += batch.size();
                runBatch(in, batch, date, parser, summarizer, store, assembler, files);
                deleteRecursively(in);
                round++;
            } while (System.nanoTime() < deadline || round < MIN_ROUNDS);
            System.out.printf("fuzz: seed %d, %d rounds, %d input files, %d documents (archive entries "
                    + "included): %d summarised, %d skipped; %d failures, %d titles over %d characters%n",
                    SEED, round, inputs, documents, summarised, skipped, failures.size(), longTitles.size(),
                    MAX_TITLE_CHARS);
            stageNanos.forEach((stage, nanos) -> System.out.printf("fuzz: %s %.1f s%n", stage, nanos / 1e9));
        }
        assertThat(inputs).as("inputs tried").isGreaterThan(BATCH);
        assertThat(failures).as("failures (seed %d; inputs saved under target/fuzz-failures/)", SEED).isEmpty();
        // Holds once branch `isolation` (titles cut at 300 characters, issue 19 item 1) is merged; fails before.
        assertThat(longTitles).as("titles over %d characters in digest.json", MAX_TITLE_CHARS).isEmpty();
    }

    /** Round 0: the inputs the issue names, so even the shortest budget meets each of them once. */
    private static Map<String, FuzzInputs.Input> landmarks(FuzzInputs generator) {
        String sentences = "The council approved the budget. Residents were invited to comment before the vote. ";
        Map<String, FuzzInputs.Input> batch = new TreeMap<>();
        batch.put("deep-60000.html", new FuzzInputs.Input("deep-60000.html", ("<html><body>"
                + "<div>".repeat(60_000) + sentences + "</div>".repeat(60_000) + "</body></html>").getBytes(), "landmark"));
        batch.put("first-line-10000.txt", new FuzzInputs.Input("first-line-10000.txt",
                ("word ".repeat(2_000) + "\n\n" + sentences).getBytes(), "landmark"));
        batch.put("line-5mb.txt", new FuzzInputs.Input("line-5mb.txt", "x".repeat(5 * 1024 * 1024).getBytes(),
                "landmark"));
        byte[] junk = new byte[200_000];
        new SplittableRandom(SEED).nextBytes(junk);
        batch.put("junk.txt", new FuzzInputs.Input("junk.txt", junk, "landmark: the issue's 200 KB of random bytes"));
        for (int i = 0; i < BATCH; i++) {
            SplittableRandom r = new SplittableRandom(inputSeed(0, i));
            FuzzInputs.Input input = generator.mutatedSeed(r);
            batch.put(String.format(Locale.ROOT, "000-%02d-%s", i, input.name()), input);
        }
        return batch;
    }

    private static Map<String, FuzzInputs.Input> batch(FuzzInputs generator, int round) {
        Map<String, FuzzInputs.Input> batch = new TreeMap<>();
        for (int i = 0; i < BATCH; i++) {
            SplittableRandom r = new SplittableRandom(inputSeed(round, i));
            // the multi-megabyte and 60,000-deep inputs in one round of twenty, to keep the rate up
            FuzzInputs.Input input = generator.next(r, round % 20 == 0);
            batch.put(String.format(Locale.ROOT, "%03d-%02d-%s", round % 1000, i, input.name()), input);
        }
        return batch;
    }

    private static long inputSeed(int round, int index) {
        return SEED * 1_000_003L + round * 1_000L + index;
    }

    private void runBatch(Path in, Map<String, FuzzInputs.Input> batch, LocalDate date, DocumentParser parser,
            Summarizer summarizer, StateStore store, DigestAssembler assembler, DigestFiles files) {
        Map<String, String> ids = new TreeMap<>(); // path -> content id: a copy of a stored text is not lost
        java.util.Set<String> refused = new java.util.HashSet<>();
        try (RawDocuments raws = new RawDocuments(new SourceScanner(in).scan(List.of(".")), LIMITS)) {
            while (raws.hasNext()) {
                RawDocument raw = raws.next();
                documents++;
                String stage = "parse";
                try {
                    SourceDocument doc;
                    long t0 = System.nanoTime();
                    try {
                        doc = parser.parse(raw);
                    } catch (UnreadableDocumentException e) {
                        stage = "store skipped";
                        assertThat(e.getMessage()).as("reason").isNotBlank();
                        store.saveSkipped(JOB, date, new SkippedDocument(raw.path(), e.getMessage()));
                        skipped++;
                        continue;
                    }
                    ids.put(raw.path(), doc.id());
                    stageNanos.merge("parse", System.nanoTime() - t0, Long::sum);
                    stage = "summarise";
                    long t1 = System.nanoTime();
                    Summary summary = summarizer.summarize(doc.headline(), doc.body(), 3);
                    stageNanos.merge("summarise", System.nanoTime() - t1, Long::sum);
                    if (System.nanoTime() - t0 > 2_000_000_000L) {
                        System.out.printf("fuzz: slow (%.1f s): %s%n", (System.nanoTime() - t0) / 1e9, raw.path());
                    }
                    stage = "store";
                    DocumentSummary filed = new DocumentSummary(doc.id(), doc.path(), doc.title(), doc.date(),
                            doc.source(), doc.url(), summary, doc.body());
                    store.saveDocument(JOB, date, filed);
                    store.saveDocumentText(JOB, date, filed);
                    summarised++;
                } catch (Throwable t) {
                    if (stage.equals("store") && t.getClass().getSimpleName().equals("DataIntegrityViolationException")) {
                        refused.add(raw.path()); // a title past the column: see longTitles
                        longTitles.add("refused by the store: " + raw.path());
                    } else {
                        fail(stage, raw.path(), batch, t);
                    }
                }
            }
        }
        long t2 = System.nanoTime();
        try {
            List<DocumentSummary> docs = store.documentsWithText(JOB, date);
            List<SkippedDocument> skips = store.skipped(JOB, date);
            for (String name : batch.keySet()) {
                boolean seen = docs.stream().anyMatch(d -> isOf(d.path(), name))
                        || ids.entrySet().stream().anyMatch(e -> isOf(e.getKey(), name)
                                && (refused.contains(e.getKey())
                                        || docs.stream().anyMatch(d -> d.id().equals(e.getValue()))))
                        || skips.stream().anyMatch(s -> isOf(s.path(), name) && !s.reason().isBlank());
                if (!seen) {
                    record("accounted", name, batch, "neither summarised nor skipped with a reason");
                }
            }
            Digest digest = assembler.assemble(JOB, date, "Fuzz " + date, files.digestDirectory(JOB, date), docs,
                    store.earlierDocuments(JOB, date, DigestAssembler.HISTORY_DAYS), skips, 50);
            List<Path> written = new ArrayList<>(files.write(digest, List.of(Format.values())));
            written.addAll(files.writeArchive(JOB, "Fuzz", ""));
            for (Path page : written) {
                check(page, batch);
            }
            stageNanos.merge("digest and render", System.nanoTime() - t2, Long::sum);
        } catch (Throwable t) {
            fail("digest and render", "round of " + batch.keySet().iterator().next(), batch, t);
        }
    }

    /** A document path belongs to an input file: the file itself or an entry inside it. */
    private static boolean isOf(String path, String name) {
        String file = path.contains("!/") ? path.substring(0, path.indexOf("!/")) : path;
        return file.equals(name) || file.endsWith("/" + name);
    }

    private void check(Path page, Map<String, FuzzInputs.Input> batch) throws IOException {
        String text = Files.readString(page);
        String name = page.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".atom")) {
            // The feed's content is HTML escaped once into XML: unescape that level and check the HTML too.
            String html = name.endsWith(".atom") ? text.replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&") : text;
            var live = LIVE_MARKUP.matcher(html);
            if (live.find()) {
                record("escaping", page.toString(), batch, "live markup in " + name + ": …"
                        + html.substring(Math.max(0, live.start() - 80), Math.min(html.length(), live.end() + 80))
                        + "…");
            }
        }
        if (name.equals("digest.md")) {
            // Markdown viewers render inline HTML and follow links: a document's must stay text.
            // A backslash-escaped "\\<" is text there: only an unescaped tag or a link counts.
            var live = LIVE_MARKDOWN_TAG.matcher(text);
            if (live.find()) {
                record("escaping", page.toString(), batch, "live markup in digest.md: '" + live.group() + "' in …"
                        + text.substring(Math.max(0, live.start() - 80), Math.min(text.length(), live.end() + 80)));
            }
            if (text.contains("](javascript:") || text.contains("](data:")) {
                record("escaping", page.toString(), batch, "a javascript: or data: link in digest.md");
            }
        }
        if (name.equals("digest.json")) {
            JsonNode root = json.readTree(text);
            for (String field : List.of("title", "text", "source", "reason")) {
                for (JsonNode value : root.findValues(field)) {
                    if (CONTROL.matcher(value.asText()).find()) {
                        record("control characters", page.toString(), batch, "a " + field
                                + " with control characters: " + abbreviate(value.asText()).codePoints()
                                .mapToObj(c -> c < 0x20 || c == 0x7F ? String.format("\\u%04X", c)
                                        : Character.toString(c)).collect(java.util.stream.Collectors.joining()));
                    }
                }
            }
            List<String> titles = new ArrayList<>();
            root.findValues("title").forEach(t -> titles.add(t.asText()));
            for (String title : titles) {
                if (title.contains("\n") || title.contains("\r") || title.contains("\u2028")) {
                    record("title", page.toString(), batch, "a title of more than one line: " + abbreviate(title));
                }
                if (title.length() > MAX_TITLE_CHARS) {
                    longTitles.add(title.length() + " characters: " + abbreviate(title));
                }
            }
        }
    }

    private void fail(String stage, String path, Map<String, FuzzInputs.Input> batch, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        record(stage, path, batch, t + "\n" + trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b));
    }

    /** Notes a failure and saves the input it belongs to, with how it was made, for replay. */
    private void record(String stage, String path, Map<String, FuzzInputs.Input> batch, String what) {
        String file = batch.keySet().stream().filter(n -> path.contains(n)).findFirst().orElse("");
        failures.add(stage + " " + path + ": " + what);
        System.out.printf("fuzz FAILURE (seed %d) at %s of %s: %s%n", SEED, stage, path, what);
        if (!file.isEmpty()) {
            try {
                Path saved = Path.of("target", "fuzz-failures", SEED + "-" + file);
                Files.createDirectories(saved.getParent());
                Files.write(saved, batch.get(file).bytes());
                Files.writeString(saved.resolveSibling(saved.getFileName() + ".recipe"), batch.get(file).recipe());
                System.out.println("fuzz: input saved to " + saved.toAbsolutePath());
            } catch (IOException e) {
                System.out.println("fuzz: could not save the input: " + e);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
