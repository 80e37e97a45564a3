package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.daybrief.hostile.HostileCorpus;
import org.daybrief.hostile.LoopingParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code daybrief run} over the hostile corpus ({@link HostileCorpus}), as a user runs it: the run completes, and
 * file by file every input is summarised or skipped with its one-line reason; nothing is written outside the
 * output folder and no document content reaches the digests unescaped. How long the run takes is measured by
 * {@code scripts/bench-hostile.sh}, not asserted here: a busy machine is slow, not wrong.
 */
class HostileDigestEndToEndTest {

    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
    private static final Pattern SCRIPT_LINK = Pattern.compile("(?i)(href|src)\\s*=\\s*[\"']?\\s*javascript:");

    @TempDir
    Path dir;

    private Path output;

    @BeforeEach
    void setUp() {
        System.setProperty("daybrief.state-dir", dir.resolve("state").toString());
        output = dir.resolve("out");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("daybrief.state-dir");
        LoopingParser.release();
    }

    @Test
    void everyHostileFileIsSummarisedOrSkippedWithItsReasonAndNothingLeaks() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<HostileCorpus.Case> cases = HostileCorpus.generate(corpus);
        Path job = job("hostile", corpus, "max-stories: 1000", HostileCorpus.JOB_LIMITS);
        Set<Path> before = files(dir);

        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("COMPLETED");
        Path day = output.resolve("hostile/2025-09-23");
        JsonNode json = new ObjectMapper().readTree(day.resolve("digest.json").toFile());
        Map<String, JsonNode> documents = new HashMap<>();
        json.get("stories").forEach(s -> s.get("documents").forEach(d -> documents.put(relative(d), d)));
        Map<String, String> skipped = new HashMap<>();
        json.get("skipped").forEach(s -> skipped.put(relative(s), s.get("reason").asText()));

        for (HostileCorpus.Case c : cases) {
            String what = c.path() + " (" + c.note() + ")";
            switch (c.outcome()) {
                case SUMMARISED -> {
                    assertThat(documents).as(what).containsKey(c.path());
                    JsonNode d = documents.get(c.path());
                    StringBuilder text = new StringBuilder(d.get("title").asText());
                    d.get("summary").forEach(s -> text.append('\n').append(s.get("text").asText()));
                    assertThat(text.toString()).as(what).contains(c.expected()).doesNotContain("\uFFFD");
                    assertThat(d.get("title").asText()).as(what).doesNotContain("\r").doesNotContain("\n");
                    d.get("summary").forEach(s -> assertThat(s.get("text").asText().length()).as(what)
                            .isLessThanOrEqualTo(600));
                    assertThat(skipped).as(what).doesNotContainKey(c.path());
                }
                case SKIPPED -> {
                    assertThat(skipped).as(what).containsKey(c.path());
                    assertThat(skipped.get(c.path())).as(what).matches(c.expected()).doesNotContain("\n");
                    assertThat(result.out()).as(what).contains("corpus/" + c.path() + ": " + skipped.get(c.path()));
                    assertThat(documents).as(what).doesNotContainKey(c.path());
                }
                case NOT_A_DOCUMENT -> assertThat(documents.keySet()).as(what).noneMatch(p -> p.equals(c.path()));
            }
        }
        long expectedSkips = cases.stream().filter(c -> c.outcome() == HostileCorpus.Outcome.SKIPPED).count();
        long expectedDocs = cases.stream().filter(c -> c.outcome() == HostileCorpus.Outcome.SUMMARISED).count();
        assertThat(skipped).as("skipped: nothing unexpected").hasSize((int) expectedSkips);
        assertThat(documents).as("summarised: nothing unexpected").hasSize((int) expectedDocs);
        assertThat(result.out()).contains((expectedDocs + expectedSkips) + " read, " + expectedDocs + " summarised, "
                + expectedSkips + " skipped");

        // Nothing escapes the output folder (and the state folder): the zip-slip entry and the shell names
        // included. The corpus itself is left as it was.
        Set<Path> created = files(dir);
        created.removeAll(before);
        assertThat(created).isNotEmpty().allSatisfy(p -> assertThat(p.startsWith(output) || p.startsWith(
                dir.resolve("state"))).as(p.toString()).isTrue());
        try (Stream<Path> all = Files.walk(dir.getRoot().resolve("tmp"), 1)) {
            assertThat(all.map(p -> p.getFileName() == null ? "" : p.getFileName().toString()))
                    .doesNotContain("escaped.txt", "pwned");
        }

        String html = Files.readString(day.resolve("digest.html"));
        String index = Files.readString(output.resolve("hostile/index.html"));
        String feed = Files.readString(output.resolve("hostile/feed.atom"));
        for (String page : List.of(html, index, feed)) {
            assertThat(page.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img")
                    .doesNotContain("<b>quits");
            assertThat(EVENT_HANDLER.matcher(page).find()).as("an on*= attribute").isFalse();
            assertThat(SCRIPT_LINK.matcher(page).find()).as("a javascript: link").isFalse();
        }
        assertThat(html).contains("Mayor &lt;b&gt;quits&lt;/b&gt; &amp;").doesNotContain("HIDDEN-")
                .doesNotContain("INJECTED-BY-SCRIPT").contains("timed out after 4 s")
                .contains("too large: 52 MB &gt; 20 MB limit");

        String md = Files.readString(day.resolve("digest.md"));
        assertThat(md).contains("\\# \\*Stars\\* \\_under\\_ \\[link\\](javascript:alert(1)) \\<b\\>bold\\</b\\>")
                .contains("\\`code\\` \\| pipe").doesNotContain("[link](javascript").doesNotContain("<b>");
        assertThat(md.lines()).as("no title opens a Markdown heading or list of its own")
                .noneMatch(l -> l.startsWith("Bcc:") || l.startsWith("X-Injected"));
        String txt = Files.readString(day.resolve("digest.txt"));
        assertThat(txt.lines()).noneMatch(l -> l.startsWith("Bcc:") || l.startsWith("X-Injected"));
    }

    /**
     * A 10,000-message mailbox through the whole job, cut at {@code max-entries: 300} to keep the test fast on a
     * shared machine (all 10,000 through Tika and the summariser took over two minutes there); that every
     * message streams through in bounded memory is HostileInputTest's mailbox test, over all 10,000.
     */
    @Test
    void aMailboxOfTenThousandMessagesIsDigestedEntryByEntryUpToTheEntryLimit() throws Exception {
        Path mail = dir.resolve("mail");
        Files.createDirectories(mail);
        try (BufferedWriter out = Files.newBufferedWriter(mail.resolve("list.mbox"), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 10_000; i++) {
                out.write(String.format(Locale.ROOT, "From desk@example.org Tue Sep 23 07:00:00 2025%n"
                        + "From: Lock Desk <desk@example.org>%nSubject: Lock report %d%n"
                        + "Date: Tue, 23 Sep 2025 07:00:00 +0000%n%n"
                        + "Lock %d on the Selby canal passed %d boats this week, the keepers said. "
                        + "Repairs to gate %d are planned for the spring.%n%n", i, i, i * 3 % 97, i));
            }
        }
        Path job = job("mbox", mail, "max-stories: 20", "limits: { max-entries: 300 }\n");
        CliRunner result = CliRunner.run("run", "--job", job.toString(), "--date", "2025-09-23");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("301 read, 300 summarised, 1 skipped")
                .contains("mail/list.mbox: too many messages: more than 300; the rest of the mailbox was not read");
        JsonNode json = new ObjectMapper().readTree(output.resolve("mbox/2025-09-23/digest.json").toFile());
        assertThat(json.get("stories")).hasSize(20);
        assertThat(json.get("stories").get(0).get("documents").get(0).get("path").asText())
                .matches(".*mail/list\\.mbox!/message-\\d{5}\\.eml");
    }

    private Path job(String name, Path sources, String digest, String limits) throws Exception {
        return Files.writeString(dir.resolve(name + ".yml"), """
                name: %s
                title: "Hostile {date}"
                sources: ["%s"]
                window: new
                summary: { sentences: 2 }
                digest: { %s }
                output: { dir: "%s" }
                %s""".formatted(name, sources, digest, output, limits));
    }

    /** A document's or skipped entry's path, relative to the corpus folder. */
    private String relative(JsonNode node) {
        String path = node.get("path").asText();
        for (String folder : List.of("corpus/", "mail/")) {
            int at = path.indexOf(folder);
            if (at >= 0) {
                return path.substring(at + folder.length());
            }
        }
        return path;
    }

    private static Set<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .collect(Collectors.toSet());
        }
    }
}
