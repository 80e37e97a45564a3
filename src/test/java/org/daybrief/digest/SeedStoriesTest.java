package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.daybrief.render.RelativeLinks;
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
        digest = new DigestAssembler(new RelativeLinks(Path.of("")), TextTools.of(nlp)).assemble("daily",
                LocalDate.of(2025, 9, 24), "Daily", Path.of("output/daily/2025-09-24"), docs, List.of(), 50);
    }

    private static List<String> storyOf(String seedPrefix) {
        return storyWith(seedPrefix).documents().stream().map(d -> d.path().substring(6, 9)).sorted().toList();
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
    void everySeedIsInExactlyOneStoryAndTheGermanArticleIsItsOwn() {
        List<String> paths = digest.stories().stream().flatMap(s -> s.documents().stream())
                .map(DigestDocument::path).toList();
        assertThat(paths).doesNotHaveDuplicates().hasSize(23)
                .allMatch(p -> p.startsWith("seeds/0") && p.length() > "seeds/000_".length());
        assertThat(storyOf("017")).containsExactly("017");
        Story german = storyWith("017");
        assertThat(german.title()).contains("Strompreise");
        assertThat(german.summary()).isNotEmpty();
    }

    @Test
    void everyStoryHasATitleASummaryAndItsSourcesCountedAndTwoSourceStoriesRankHighest() {
        for (Story s : digest.stories()) {
            assertThat(s.title()).as("title of %s", s.lead().path()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(s.summary()).as("summary of %s", s.title()).isNotEmpty();
            assertThat(s.score().sources()).isEqualTo(s.documents().size());
        }
        // The three stories told by two sources are the three most important of the day.
        assertThat(digest.stories().stream().sorted(Comparator.comparingDouble(s -> -s.score().importance()))
                .limit(3)).allMatch(s -> s.documents().size() == 2);
        // The title of a two-source story is one of its documents' titles (its most central one's).
        Story chip = storyWith("012");
        assertThat(chip.documents()).extracting(DigestDocument::title).contains(chip.title());
    }

    @Test
    void topicsShareOutEveryStoryOnceHeaviestFirstWithOtherNewsLast() {
        List<Integer> shown = digest.topics().stream().flatMap(t -> t.stories().stream()).sorted().toList();
        assertThat(shown).isEqualTo(IntStream.range(0, digest.stories().size()).boxed().toList());
        List<Topic> named = digest.topics().stream().filter(t -> !t.label().equals("Other news")).toList();
        assertThat(named).isNotEmpty().allMatch(t -> !t.label().isBlank() && !t.keywords().isEmpty());
        assertThat(named).extracting(Topic::weight).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(digest.topics().subList(0, named.size())).isEqualTo(named);
        for (Topic t : digest.topics()) {
            double sum = t.stories().stream().mapToDouble(i -> digest.stories().get(i).score().importance()).sum();
            assertThat(t.weight()).as("weight of %s", t.label()).isCloseTo(sum, within(0.001));
            assertThat(t.stories()).isSorted();
            assertThat(t.stories().stream().map(i -> digest.stories().get(i).score().importance()).toList())
                    .as("stories of %s, most important first", t.label()).isSortedAccordingTo(Comparator.reverseOrder());
        }
        // One event's reports are one story, so they cannot be split across topics.
        assertThat(digest.topics()).filteredOn(t -> t.stories().contains(digest.stories().indexOf(storyWith("003"))))
                .hasSize(1);
    }

    @Test
    void theTextDigestShowsTheDateTheOverviewAndEveryStoryTitle() {
        String text = new DigestRenderer().text(digest).replaceAll("\\s+", " ");
        assertThat(text).startsWith("Daily Wednesday 24 September 2025 · " + digest.stories().size() + " stories");
        assertThat(text).contains("The day in brief: " + digest.overview().get(0).text().replaceAll("\\s+", " "));
        for (Story s : digest.stories()) {
            assertThat(text).as("the text digest").contains(s.title().replaceAll("\\s+", " "));
        }
        for (Topic t : digest.topics()) {
            assertThat(text).contains("== " + t.label() + " (" + t.stories().size() + " stor");
        }
    }

    @Test
    void topicLabelsAndKeyphrasesAreNounPhrasesNotHeadlineFragmentsUnitsOrGenericNouns() {
        List<String> phrases = new ArrayList<>(digest.keywords());
        digest.stories().forEach(s -> phrases.addAll(s.keywords()));
        digest.topics().forEach(t -> phrases.addAll(t.keywords()));
        List<String> labels = digest.topics().stream().map(Topic::label).toList();
        // The seeds' headlines' verbs ("Strike strands dozens", "union presses", "wins Calder Prize"), and the
        // generic nouns and units that the bodies use ("Room 4", "1.1 million tons", "town"; "the system" of the
        // traffic lights, said three times and named by no title nor longer phrase).
        List<String> notPhrases = List.of("strands", "presses", "wins", "arrives", "beats", "lands", "unveils",
                "approves", "opens", "tests", "Room", "tons", "feet", "town", "Prof", "system");
        for (String p : concat(phrases, labels)) {
            assertThat(List.of(p.split(" "))).as("words of '%s'", p).doesNotContainAnyElementsOf(notPhrases)
                    .doesNotContain("room", "Tons", "Town");
        }
        // A heading is one phrase, not a list of two; a single noun ("Port", "Flood") only when no phrase is close.
        assertThat(labels).isNotEmpty().noneMatch(l -> l.contains(","))
                .contains("Tram extension", "Three-day strike");
        // "a 1.8-mile flood wall", "$48 million flood wall": one wall, not a count of walls
        assertThat(storyWith("015").keywords()).contains("flood wall");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Story storyWith(String seedPrefix) {
        return digest.stories().stream()
                .filter(s -> s.documents().stream().anyMatch(d -> d.path().startsWith("seeds/" + seedPrefix)))
                .findFirst().orElseThrow();
    }
}
