package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.render.DigestRenderer;
import org.daybrief.summarize.Summarizer;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed articles, read, summarised and assembled with the OpenNLP models, as the daily job does. */
class SeedStoriesTest {

    static Digest digest;

    @BeforeAll
    static void assemble() throws Exception {
        NlpModels nlp = NlpModels.load();
        Summarizer summarizer = Summarizer.create(nlp, "default");
        List<DocumentSummary> docs = new ArrayList<>();
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"));
                RawDocuments raws = new RawDocuments(new SourceScanner(Path.of("")).scan(List.of("seeds/")),
                        IngestLimits.DEFAULTS)) {
            while (raws.hasNext()) {
                SourceDocument d = parser.parse(raws.next());
                docs.add(new DocumentSummary(d.id(), d.path(), d.title(), d.date(), d.source(), d.url(),
                        summarizer.summarize(d.headline(), d.body(), 3), d.body()));
            }
        }
        digest = new DigestAssembler(Path.of(""), TextTools.of(nlp)).assemble("daily", LocalDate.of(2025, 9, 24),
                "Daily", Path.of("output/daily/2025-09-24"), docs, List.of(), 50);
    }

    private static List<String> storyOf(String seedPrefix) {
        return digest.stories().stream()
                .filter(s -> s.documents().stream().anyMatch(d -> d.path().startsWith("seeds/" + seedPrefix)))
                .findFirst().orElseThrow()
                .documents().stream().map(d -> d.path().substring(6, 9)).sorted().toList();
    }

    @Test
    void theSeedsReportsOfOneEventAreOneStory() {
        assertThat(storyOf("001")).containsExactly("001", "002");
        assertThat(storyOf("003")).containsExactly("003", "004");
        assertThat(storyOf("012")).containsExactly("012", "013");
        assertThat(digest.stories()).hasSize(23 - 3);
    }

    @Test
    void differentEventsOnOneSubjectStayApart() {
        assertThat(storyOf("005")).containsExactly("005");
        assertThat(storyOf("006")).containsExactly("006");
        assertThat(storyOf("010")).containsExactly("010");
        assertThat(storyOf("011")).containsExactly("011");
    }

    @Test
    void multiSourceStoriesComeFirstAndHaveSummariesFromBothSources() {
        Story port = digest.stories().stream().filter(s -> s.documents().size() == 2
                && s.documents().get(0).path().contains("port-strike")).findFirst().orElseThrow();
        assertThat(port.summarySources()).contains(0, 1);
        assertThat(port.summary()).noneMatch(s -> s.text().contains("cookies"));
        assertThat(port.keywords()).isNotEmpty();
        assertThat(digest.overview()).hasSizeBetween(3, 5);
        assertThat(digest.topics().size()).isBetween(2, 7);
        assertThat(digest.keywords()).isNotEmpty();
    }

    @Test
    void printsTheDigest() {
        for (Topic t : digest.topics()) {
            System.out.println("## " + t.label() + " " + t.weight() + " " + t.keywords());
            for (int i : t.stories()) {
                Story s = digest.stories().get(i);
                System.out.println("   " + s.score().importance() + " " + s.title() + " " + s.keywords() + " "
                        + s.documents().stream().map(d -> d.path()).collect(Collectors.joining(",")));
            }
        }
        System.out.println(new DigestRenderer().text(digest).substring(0, 1500));
    }
}
