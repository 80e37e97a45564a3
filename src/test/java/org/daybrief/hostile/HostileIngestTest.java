package org.daybrief.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.ingest.UnreadableDocumentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile corpus through ingest alone (no Spring, no summariser): each case's outcome, file by file. */
class HostileIngestTest {

    static final IngestLimits LIMITS = new IngestLimits(20L * 1024 * 1024, 300_000, 3, 50, 8L * 1024 * 1024,
            Duration.ofSeconds(4));

    @TempDir
    Path dir;

    @AfterEach
    void release() {
        LoopingParser.release();
    }

    @Test
    void everyCaseHasItsOutcome() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<HostileCorpus.Case> cases = HostileCorpus.generate(corpus);
        Map<String, Object> outcomes = new LinkedHashMap<>();
        try (DocumentParser parser = new DocumentParser(LIMITS, ZoneId.of("UTC"));
                RawDocuments raws = new RawDocuments(new SourceScanner(corpus).scan(List.of(".")), LIMITS)) {
            while (raws.hasNext()) {
                RawDocument raw = raws.next();
                Object outcome;
                try {
                    outcome = parser.parse(raw);
                } catch (UnreadableDocumentException e) {
                    outcome = e.getMessage();
                }
                outcomes.put(raw.path(), outcome);   // a failed assertion below shows it
            }
        }
        for (HostileCorpus.Case c : cases) {
            Object outcome = outcomes.get(c.path());
            switch (c.outcome()) {
                case SUMMARISED -> {
                    assertThat(outcome).as(c.path()).isInstanceOf(SourceDocument.class);
                    SourceDocument d = (SourceDocument) outcome;
                    assertThat(d.title() + "\n" + d.body()).as(c.path()).contains(c.expected())
                            .doesNotContain("\0").doesNotContain("\uFFFD");
                }
                case SKIPPED -> assertThat(outcome).as(c.path()).isInstanceOf(String.class)
                        .asString().matches(c.expected());
                case NOT_A_DOCUMENT -> assertThat(outcomes).as(c.path()).doesNotContainKey(c.path());
            }
        }
        SourceDocument attack = (SourceDocument) outcomes.get("content/attack.html");
        assertThat(attack.body()).as("scripts and CSS-hidden text are not text")
                .doesNotContain("INJECTED-BY-SCRIPT").doesNotContain("HIDDEN-SPAM")
                .doesNotContain("HIDDEN-ATTRIBUTE").doesNotContain("HIDDEN-SPAN")
                .contains("Quenby in the autumn");
        assertThat(attack.url()).as("a javascript: og:url is no link").isEmpty();
        assertThat(attack.title()).doesNotContain("\r").doesNotContain("\n");
        SourceDocument sentence = (SourceDocument) outcomes.get("resources/one-sentence.txt");
        assertThat(sentence.body().length()).as("cut at max-text-size").isBetween(290_000, 302_000);
        assertThat(sentence.body().split("\n\n")).as("no stretch over 600 characters")
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(600));
        assertThat(outcomes.keySet()).as("nothing read that the corpus does not expect")
                .containsExactlyInAnyOrderElementsOf(cases.stream()
                        .filter(c -> c.outcome() != HostileCorpus.Outcome.NOT_A_DOCUMENT)
                        .map(HostileCorpus.Case::path).toList());
    }
}
