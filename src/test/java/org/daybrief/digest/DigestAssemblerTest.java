package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.daybrief.render.RelativeLinks;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocuments;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.ingest.SourceScanner;
import org.daybrief.ingest.TestFiles;
import org.daybrief.render.DigestRenderer;
import org.daybrief.summarize.ScoredSentence;
import org.daybrief.summarize.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story grouping, topics, updates and determinism on hand-written sets where the right answer is known. */
class DigestAssemblerTest {

    static final LocalDate DATE = LocalDate.of(2025, 9, 24);
    final DigestAssembler assembler = new DigestAssembler(new RelativeLinks(Path.of("")));

    // Three rewrites of one event: the same names and numbers, told in other words.
    static final String BRIDGE_A = """
            The Halvorsen Bridge in Port Arden will close for 14 months from March so engineers can replace its \
            corroded steel cables, the Arden Transit Authority said on Tuesday. Transit director Marta Quist said \
            the repair would cost 340 million dollars. Commuters will be diverted to the Kelby Tunnel, where tolls \
            will be suspended during the closure. Quist said the cables had not been replaced since 1987. \
            Business owners on Wharf Street fear the closure will cut trade.""";
    static final String BRIDGE_B = """
            Port Arden's main river crossing, the Halvorsen Bridge, is to close for 14 months while engineers \
            replace its corroded cables. The Arden Transit Authority put the repair bill at 340 million dollars. \
            Marta Quist, who runs the authority, told reporters that commuters would use the Kelby Tunnel, where \
            tolls will be suspended until the work ends. The cables date from 1987, Quist added. Traders along Wharf Street said they expected a \
            difficult winter.""";
    static final String BRIDGE_C = """
            Drivers in Port Arden face 14 months without the Halvorsen Bridge after transit officials approved a \
            340 million dollar plan to replace its cables. According to Marta Quist of the Arden Transit \
            Authority, tolls on the Kelby Tunnel will be lifted while the bridge is closed. Inspectors found rust \
            on cables installed in 1987. Shopkeepers on Wharf Street warned of lost sales.""";
    static final String CHESS = """
            Grandmaster Ilse Vornholt won the Lakemoor chess open on Sunday after a tense final round against \
            Pavel Drobny. Vornholt, who is 19, sacrificed a rook on move 31 and forced resignation eight moves \
            later. The tournament drew 212 players from 30 countries. Drobny finished second on seven points. \
            Organisers said next year's event would move to the Grand Hall.""";
    static final String BAKERY = """
            A bakery in Tennley has won the national sourdough prize for the third year running. Owner Rosa \
            Imbert credits a starter her grandmother brought from Lyon in 1962. The judges praised the crust and \
            the open crumb of her loaf. Imbert plans to open a second shop on Mill Lane next spring. The prize \
            comes with a cheque of 5,000 pounds.""";
    static final String COMET = """
            Astronomers at the Selwick Observatory have spotted a comet that will be visible to the naked eye in \
            late October. The comet, named C/2025 R4, was found by graduate student Amara Osei. It will pass \
            closest to the Sun on 28 October. Observers should look low in the western sky after sunset. The \
            observatory will hold public viewing nights.""";

    static DocumentSummary doc(String name, String title, String body, LocalDate date) {
        String first = body.substring(0, body.indexOf('.') + 1);
        Summary summary = new Summary("en", true, 5, List.of(new ScoredSentence(0, first, 0.9, Map.of("position", 1.0))));
        return new DocumentSummary(Integer.toHexString((title + body).hashCode()), "in/" + name, title, date, name,
                "", summary, body);
    }

    static List<DocumentSummary> bridgeDay() {
        return List.of(doc("a.txt", "Halvorsen Bridge to close for cable repair", BRIDGE_A, DATE),
                doc("b.txt", "Port Arden crossing to shut for a year", BRIDGE_B, DATE),
                doc("c.txt", "Bridge closure approved", BRIDGE_C, DATE.minusDays(1)),
                doc("chess.txt", "Vornholt wins Lakemoor open", CHESS, DATE),
                doc("bakery.txt", "Tennley bakery wins sourdough prize", BAKERY, DATE),
                doc("comet.txt", "New comet to be visible in October", COMET, DATE));
    }

    Digest assemble(List<DocumentSummary> docs, List<EarlierDocument> earlier) {
        return assembler.assemble("daily", DATE, "Daily", Path.of("out/daily/2025-09-24"), docs, earlier, List.of(),
                50);
    }

    static List<String> names(Story s) {
        return s.documents().stream().map(DigestDocument::path).sorted().toList();
    }

    @Test
    void storiesPastMaxStoriesAreCountedAndTheirDocumentsNamedSoNoneIsLost() {
        // Four stories (the bridge's three reports are one); a digest of two shows the two most important.
        Digest digest = assembler.assemble("daily", DATE, "Daily", Path.of("out/daily/2025-09-24"), bridgeDay(),
                List.of(), List.of(), 2);

        assertThat(digest.stories()).hasSize(2);
        assertThat(digest.notShown().stories()).isEqualTo(2);
        List<String> shown = digest.stories().stream().flatMap(s -> names(s).stream()).toList();
        List<String> all = bridgeDay().stream().map(DocumentSummary::path).sorted().toList();
        assertThat(digest.notShown().documents()).isSorted().doesNotContainAnyElementsOf(shown);
        List<String> together = new java.util.ArrayList<>(shown);
        together.addAll(digest.notShown().documents());
        assertThat(together).containsExactlyInAnyOrderElementsOf(all);

        assertThat(assemble(bridgeDay(), List.of()).notShown()).isEqualTo(Digest.NotShown.NONE);
    }

    @Test
    void eachSourceCentralityIsItsMeanCosineWithTheOtherSources() {
        Digest digest = assemble(bridgeDay(), List.of());
        Story bridge = digest.stories().stream().filter(s -> s.documents().size() > 1).findFirst().orElseThrow();

        // The grouper's vectors as the assembler makes them: the day's documents, newest first.
        List<DocumentSummary> docs = bridgeDay().stream().sorted(java.util.Comparator
                .comparing(DocumentSummary::date, java.util.Comparator.reverseOrder())
                .thenComparing(DocumentSummary::title).thenComparing(DocumentSummary::path)).toList();
        StoryGrouper grouper = new StoryGrouper(docs.stream()
                .map(d -> new StoryGrouper.Item(d.title(), d.body(), "en")).toList(), docs.size(),
                TextTools.ruleBased());
        List<Integer> members = bridge.documents().stream()
                .map(m -> docs.indexOf(docs.stream().filter(d -> d.path().equals(m.path())).findFirst().orElseThrow()))
                .toList();
        for (int a = 0; a < members.size(); a++) {
            double sum = 0;
            for (int b = 0; b < members.size(); b++) {
                if (a != b) {
                    sum += grouper.vector(members.get(a)).dot(grouper.vector(members.get(b)));
                }
            }
            double mean = Math.round(sum / (members.size() - 1) * 1e4) / 1e4;
            assertThat(bridge.documents().get(a).centrality()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(mean).isBetween(0.05, 0.99);
        }
        // The lead is the most central source.
        assertThat(bridge.documents().get(0).centrality()).isEqualTo(bridge.documents().stream()
                .mapToDouble(DigestDocument::centrality).max().orElseThrow());
    }

    @Test
    void threeRewritesOfOneEventAreOneStoryWithThreeSources() {
        Digest digest = assemble(bridgeDay(), List.of());

        assertThat(digest.stories()).hasSize(4);
        Story bridge = digest.stories().stream().filter(s -> s.documents().size() > 1).findFirst().orElseThrow();
        assertThat(names(bridge)).containsExactly("in/a.txt", "in/b.txt", "in/c.txt");
        assertThat(bridge.score().sources()).isEqualTo(3);
        // the story with most sources is the most important
        assertThat(digest.stories().stream().mapToDouble(s -> s.score().importance()).max().orElseThrow())
                .isEqualTo(bridge.score().importance());
        // a multi-document summary that draws on more than one source, without repeats
        assertThat(bridge.summary()).hasSizeBetween(2, 3);
        assertThat(bridge.summarySources().stream().distinct().count()).isGreaterThan(1);
        assertThat(bridge.summary().stream().map(ScoredSentence::text).distinct().count())
                .isEqualTo(bridge.summary().size());
        assertThat(String.join(" ", bridge.keywords())).containsAnyOf("Halvorsen", "Quist", "Kelby", "cables");
        assertThat(digest.overview()).hasSizeBetween(3, 5);
        assertThat(digest.overview().get(0).story()).isEqualTo(digest.stories().indexOf(bridge));
    }

    @Test
    void aNearIdenticalCopyWithSmallEditsIsCaught() {
        String edited = BRIDGE_A.replace("Tuesday", "Wednesday").replace("cut trade", "hurt trade badly")
                + " The authority will publish a detailed timetable next week.";
        assertThat(MinHash.similarity(MinHash.signature(BRIDGE_A), MinHash.signature(edited)))
                .isGreaterThanOrEqualTo(StoryGrouper.NEAR_DUPLICATE_JACCARD);
        assertThat(MinHash.similarity(MinHash.signature(BRIDGE_A), MinHash.signature(BRIDGE_B)))
                .isLessThan(StoryGrouper.NEAR_DUPLICATE_JACCARD);
        // The copy carries none of the names test: only the shingles link it.
        Digest digest = assemble(List.of(doc("a.txt", "Bridge", BRIDGE_A, DATE), doc("a2.html", "Bridge (updated)",
                edited, DATE), doc("chess.txt", "Chess", CHESS, DATE)), List.of());
        assertThat(digest.stories()).hasSize(2);
        assertThat(names(digest.stories().get(0))).containsExactly("in/a.txt", "in/a2.html");
    }

    @Test
    void storiesAreGroupedByTheirLeadsNotByWhatFollows() {
        // Two events told at length, each page then carrying the same long block of other news (a "related
        // stories" sidebar): the block comes after each lead, and the pages stay two stories.
        String sidebar = ("Related: " + BRIDGE_A + "\n\n").repeat(10);
        String chess = (CHESS + "\n\n").repeat(9);
        String bakery = (BAKERY + "\n\n").repeat(9);
        assertThat(Math.min(chess.length(), bakery.length())).isGreaterThan(StoryGrouper.LEAD_CHARS);
        List<DocumentSummary> apart = List.of(doc("chess.txt", "Chess", chess + sidebar, DATE),
                doc("bakery.txt", "Bakery", bakery + sidebar, DATE), doc("comet.txt", "Comet", COMET, DATE),
                doc("b.txt", "Other", BRIDGE_C, DATE));
        assertThat(assemble(apart, List.of()).stories()).noneMatch(s -> names(s).containsAll(
                List.of("in/bakery.txt", "in/chess.txt")));

        // The same block at the top of both pages is what they lead with: one story.
        List<DocumentSummary> together = List.of(doc("chess.txt", "Chess", sidebar + chess, DATE),
                doc("bakery.txt", "Bakery", sidebar + bakery, DATE), doc("comet.txt", "Comet", COMET, DATE),
                doc("b.txt", "Other", BRIDGE_C, DATE));
        assertThat(assemble(together, List.of()).stories()).anyMatch(s -> names(s).containsAll(
                List.of("in/bakery.txt", "in/chess.txt")));
    }

    @Test
    void aLeadEndsAtTheLastSpaceWithinItsLength() {
        String words = "alpha beta gamma ".repeat(500);
        String lead = StoryGrouper.lead(words);
        assertThat(lead.length()).isLessThanOrEqualTo(StoryGrouper.LEAD_CHARS).isGreaterThan(StoryGrouper.LEAD_CHARS - 8);
        assertThat(words).startsWith(lead);
        assertThat(words.charAt(lead.length())).isEqualTo(' ');
        assertThat(StoryGrouper.lead(CHESS)).isSameAs(CHESS);
        // Without a space to cut at, the cut keeps a character and its surrogate pair together.
        String noSpaces = "x".repeat(StoryGrouper.LEAD_CHARS - 1) + "\uD83D\uDE00" + "y".repeat(10);
        assertThat(StoryGrouper.lead(noSpaces)).hasSize(StoryGrouper.LEAD_CHARS - 1);
        assertThat(StoryGrouper.lead("y".repeat(StoryGrouper.LEAD_CHARS + 5))).hasSize(StoryGrouper.LEAD_CHARS);
    }

    @Test
    void theSameArticleAsTxtAndPdfIsOneDocument(@TempDir Path dir) throws Exception {
        String[] lines = {"The Halvorsen Bridge in Port Arden will close for 14 months from March.",
            "Engineers will replace its corroded steel cables, the transit authority said."};
        TestFiles.text(dir, "bridge.txt", "title Bridge to close\n\n" + String.join("\n", lines) + "\n");
        TestFiles.pdf(dir, "bridge.pdf", "Bridge to close", 2025, 9, 24, lines);
        List<DocumentSummary> docs = new ArrayList<>();
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"));
                RawDocuments raws = new RawDocuments(new SourceScanner(dir).scan(List.of(".")), IngestLimits.DEFAULTS)) {
            while (raws.hasNext()) {
                SourceDocument d = parser.parse(raws.next());
                docs.add(new DocumentSummary(d.id(), d.path(), d.title(), DATE, "", "",
                        new Summary("en", true, 2, List.of()), d.body()));
            }
        }
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).id()).isEqualTo(docs.get(1).id());

        Digest digest = assemble(docs, List.of());
        assertThat(digest.stories()).hasSize(1);
        assertThat(digest.stories().get(0).documents()).hasSize(1);
    }

    // Two different events on one subject: hospitals. Different names and numbers, shared subject words.
    static final String WARD = """
            Nurses at Calloway General Hospital say the emergency department is so crowded that patients wait on \
            trolleys in corridors for hours before a bed on a ward is free. The hospital has closed 40 beds since \
            spring because it cannot hire enough nurses. Patients with serious illness wait longest, nurses said. \
            Hospital managers said the emergency department treated more patients this summer than ever.""";
    static final String CLINIC = """
            Ashmore Health opened a walk-in clinic on Hale Road to take pressure off the emergency department at \
            the hospital, where patients wait hours for treatment. Nurses at the clinic will treat minor illness \
            and injuries so that hospital beds and emergency staff are free for serious cases. Managers hope the \
            clinic will see 90 patients a day and cut waiting times at the hospital.""";

    @Test
    void twoDifferentEventsOnOneTopicAreTwoStoriesUnderOneTopic() {
        Digest digest = assemble(List.of(doc("ward.txt", "Hospital corridors crowded as nurses quit", WARD, DATE),
                doc("clinic.txt", "Walk-in clinic opens to ease hospital waits", CLINIC, DATE),
                doc("chess.txt", "Vornholt wins Lakemoor open", CHESS, DATE),
                doc("bakery.txt", "Tennley bakery wins sourdough prize", BAKERY, DATE),
                doc("comet.txt", "New comet to be visible in October", COMET, DATE)), List.of());

        assertThat(digest.stories()).hasSize(5);
        assertThat(digest.stories()).allSatisfy(s -> assertThat(s.documents()).hasSize(1));
        Topic health = digest.topics().stream().filter(t -> t.stories().size() == 2).findFirst().orElseThrow();
        assertThat(health.stories().stream().map(i -> digest.stories().get(i).lead().path()).sorted())
                .containsExactly("in/clinic.txt", "in/ward.txt");
        assertThat(health.label().toLowerCase()).containsAnyOf("hospital", "patients", "nurses", "emergency");
        // topics hold every story once, heaviest topic first
        assertThat(digest.topics().stream().mapToInt(t -> t.stories().size()).sum()).isEqualTo(5);
        assertThat(digest.topics().get(0)).isEqualTo(health);
    }

    @Test
    void aStoryAnEarlierDigestReportedIsAnUpdate() {
        String followUp = BRIDGE_A.replace("will close", "closed").replace("said on Tuesday", "said on Wednesday");
        List<EarlierDocument> earlier = List.of(new EarlierDocument(LocalDate.of(2025, 9, 22),
                doc("old.txt", "Halvorsen Bridge to close", BRIDGE_A, LocalDate.of(2025, 9, 22))));
        Digest digest = assemble(List.of(doc("new.txt", "Halvorsen Bridge closes", followUp, DATE),
                doc("chess.txt", "Vornholt wins Lakemoor open", CHESS, DATE)), earlier);

        Story bridge = digest.stories().stream().filter(s -> s.lead().path().equals("in/new.txt")).findFirst()
                .orElseThrow();
        assertThat(bridge.update()).isNotNull();
        assertThat(bridge.update().firstReported()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(bridge.documents()).hasSize(1); // the earlier document is not shown again
        Story chess = digest.stories().stream().filter(s -> s.lead().path().equals("in/chess.txt")).findFirst()
                .orElseThrow();
        assertThat(chess.update()).isNull();
        assertThat(new DigestRenderer().text(digest)).contains("Update: first reported 2025-09-22");
    }

    @Test
    void anArticleAtTheLinkOfAnEarlierOneIsAnUpdateEvenWhenItsWordsAreNew() {
        DocumentSummary before = withUrl(doc("feed-item", "Bridge closure", CHESS, LocalDate.of(2025, 9, 22)));
        DocumentSummary rewritten = withUrl(doc("feed-item", "Bridge closure (corrected)", BAKERY, DATE));

        Digest digest = assemble(List.of(rewritten), List.of(new EarlierDocument(LocalDate.of(2025, 9, 22), before)));

        assertThat(digest.stories()).singleElement().satisfies(s -> {
            assertThat(s.update()).isNotNull();
            assertThat(s.update().firstReported()).isEqualTo(LocalDate.of(2025, 9, 22));
            assertThat(s.update().earlierTitles()).containsExactly("Bridge closure");
        });
    }

    private static DocumentSummary withUrl(DocumentSummary d) {
        return new DocumentSummary(d.id(), d.path(), d.title(), d.date(), d.source(), "https://news.example/bridge",
                d.summary(), d.body());
    }

    @Test
    void theSameInputInAnyOrderGivesAByteIdenticalDigest() {
        DigestRenderer renderer = new DigestRenderer();
        List<DocumentSummary> docs = new ArrayList<>(bridgeDay());
        String first = renderer.json(assemble(docs, List.of()));
        for (long seed = 1; seed <= 3; seed++) {
            Collections.shuffle(docs, new Random(seed));
            Digest again = assemble(docs, List.of());
            assertThat(renderer.json(again)).isEqualTo(first);
            assertThat(renderer.html(again)).isEqualTo(renderer.html(assemble(bridgeDay(), List.of())));
        }
    }

    @Test
    void aStoryOfManyReportsIsReadFromItsMostCentralOnesAndListsThemAll() {
        // 20 reports of one event; the last four also carry a long aside that makes them the least central.
        List<DocumentSummary> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = BRIDGE_A + " Report " + (char) ('a' + i) + " of the day adds a word from its own desk.";
            if (i >= 16) {
                body += " Separately, the city library will open on Sundays from May and add a reading room where"
                        + " students can work late, the library board said after a long meeting.";
            }
            docs.add(doc("r" + (char) ('a' + i) + ".txt", "Halvorsen Bridge to close", body, DATE));
        }
        List<DocumentSummary> day = new java.util.ArrayList<>(docs);
        day.addAll(bridgeDay().subList(3, 6));
        java.util.Set<String> split = java.util.concurrent.ConcurrentHashMap.newKeySet();
        TextTools rules = TextTools.ruleBased();
        TextTools recording = new TextTools() {
            @Override
            public org.daybrief.text.TermAnalyzer analyzer(String language) {
                return rules.analyzer(language);
            }

            @Override
            public List<org.daybrief.text.Sentence> split(String language, String text) {
                split.add(text);
                return rules.split(language, text);
            }

            @Override
            public String[] tokenize(String language, String sentence) {
                return rules.tokenize(language, sentence);
            }

            @Override
            public String[] tags(String language, String[] tokens) {
                return rules.tags(language, tokens);
            }
        };
        Digest digest = new DigestAssembler(new RelativeLinks(Path.of("")), recording).assemble("daily", DATE,
                "Daily", Path.of("out/daily/2025-09-24"), day, List.of(), List.of(), 50);
        Story story = digest.stories().stream().filter(s -> s.documents().size() > 1).findFirst().orElseThrow();
        assertThat(story.documents()).hasSize(20);
        List<String> leastCentral = docs.subList(16, 20).stream().map(DocumentSummary::body).toList();
        assertThat(split).doesNotContainAnyElementsOf(leastCentral);
        assertThat(split).containsAll(docs.subList(0, DigestAssembler.READ_MEMBERS).stream()
                .map(DocumentSummary::body).toList());
        assertThat(story.summary()).isNotEmpty();
    }
}
