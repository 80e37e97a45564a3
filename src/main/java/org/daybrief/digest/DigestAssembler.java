package org.daybrief.digest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.summarize.ScoredSentence;

/**
 * Builds a day's {@link Digest} from its summarised documents:
 * <ol>
 * <li>documents with the same content id are one document; the rest are grouped into stories by
 *     {@link StoryGrouper} (near-duplicates by MinHash/LSH, follow-ups by TF-IDF cosine and shared names), and
 *     each story is checked against the documents of the job's earlier digests: a match makes it an update;</li>
 * <li>each story's lead is its most central document (ties: earliest, then title, then path): it gives the title;
 *     a story of several documents gets a multi-document summary ({@link StorySummarizer}), a story of one keeps
 *     its document's summary; a story's summary and keyphrases are drawn from its lead and its most central other
 *     documents, {@value #READ_MEMBERS} in all (a story that grew by chaining hundreds of reports says nothing in
 *     its two-hundredth that its most central ones do not, and reading them all was most of a day's work);</li>
 * <li>stories are ranked by importance: {@code log2(1 + documents) + 0.5 recency + 0.5 centrality}, where recency
 *     is {@code 1 / (1 + days between the run date and the newest document)} and centrality the cosine of the
 *     story with the whole day, relative to the most central story; ties by title, then the lead's path. The
 *     best {@code maxStories} are kept;</li>
 * <li>keyphrases per story and per topic ({@link Keyphrases.Day}); topics
 *     ({@link TopicGrouper}) headed by a subject phrase ({@link TopicLabel}), heaviest first; stories are read topic by
 *     topic;</li>
 * <li>an {@link Overview}: the best summary sentence of each of the most important stories.</li>
 * </ol>
 * Deterministic: the same documents give the same digest whatever order they come in. Thread-safe.
 */
public final class DigestAssembler {

    /** How many days of earlier digests a story is compared with, to mark it as an update. */
    public static final int HISTORY_DAYS = 7;
    static final int STORY_KEYWORDS = 5;
    static final int DIGEST_KEYWORDS = 8;
    /** The most documents of one story whose texts its summary and keyphrases are drawn from. */
    static final int READ_MEMBERS = 16;
    static final String OTHER_TOPIC = TopicLabel.OTHER_TOPIC;

    private static final Comparator<DocumentSummary> NEWEST_FIRST = Comparator
            .comparing(DocumentSummary::date, Comparator.reverseOrder())
            .thenComparing(DocumentSummary::title)
            .thenComparing(DocumentSummary::path)
            .thenComparing(DocumentSummary::id);

    private final SourceLinks links;
    private final TextTools tools;

    /** With model-free text tools (tests, and digests built without OpenNLP). */
    public DigestAssembler(SourceLinks links) {
        this(links, TextTools.ruleBased());
    }

    /** @param links how each document is linked from the digest's folder */
    public DigestAssembler(SourceLinks links, TextTools tools) {
        this.links = links;
        this.tools = tools;
    }

    public Digest assemble(String job, LocalDate date, String title, Path digestDir, List<DocumentSummary> documents,
            List<SkippedDocument> skipped, int maxStories) {
        return assemble(job, date, title, digestDir, documents, List.of(), skipped, maxStories);
    }

    /** As {@link #assemble(String, LocalDate, String, Path, List, List, int)}, with the earlier digests' documents. */
    public Digest assemble(String job, LocalDate date, String title, Path digestDir, List<DocumentSummary> documents,
            List<EarlierDocument> earlier, List<SkippedDocument> skipped, int maxStories) {
        List<DocumentSummary> docs = unique(documents);
        List<EarlierDocument> before = earlier.stream()
                .sorted(Comparator.comparing(EarlierDocument::runDate)
                        .thenComparing(e -> e.document().path()).thenComparing(e -> e.document().id()))
                .toList();
        List<StoryGrouper.Item> items = new ArrayList<>();
        docs.forEach(d -> items.add(item(d)));
        before.forEach(e -> items.add(item(e.document())));
        StoryGrouper grouper = new StoryGrouper(items, docs.size(), tools);
        StoryGrouper.Grouping grouping = grouper.group();

        // An earlier document at the same link is the same article (a feed item whose words changed since).
        Map<String, List<Integer>> earlierByUrl = new HashMap<>();
        for (int e = 0; e < before.size(); e++) {
            String url = before.get(e).document().url();
            if (!url.isEmpty()) {
                earlierByUrl.computeIfAbsent(url, k -> new ArrayList<>()).add(docs.size() + e);
            }
        }
        // Each group's draft depends on that group only (its members' cosines are the slow part): on every core.
        List<Draft> drafts = new ArrayList<>(grouping.groups().parallelStream()
                .map(group -> draft(group, docs, before, earlierByUrl, grouper, grouping, date)).toList());
        SparseVector day = SparseVector.sum(drafts.stream().map(d -> d.vector).toList());
        double maxCentrality = 0;
        for (Draft d : drafts) {
            d.centrality = d.vector.cosine(day);
            maxCentrality = Math.max(maxCentrality, d.centrality);
        }
        for (Draft d : drafts) {
            d.centrality = round(maxCentrality > 0 ? d.centrality / maxCentrality : 0);
            d.importance = round(Math.log(1 + d.members.size()) / Math.log(2) + 0.5 * d.recency + 0.5 * d.centrality);
        }
        drafts.sort(Comparator.comparingDouble((Draft d) -> -d.importance)
                .thenComparing(d -> docs.get(d.members.get(0)).title())
                .thenComparing(d -> docs.get(d.members.get(0)).path()));
        List<Draft> shown = drafts.subList(0, Math.min(Math.max(0, maxStories), drafts.size()));

        // Keyphrases of the documents shown; part-of-speech tagging is the slow part: documents are tagged on every
        // core, then kept in order.
        List<Integer> members = shown.stream().flatMap(d -> d.read.stream()).toList();
        Map<Integer, Integer> phraseIndex = new HashMap<>();
        members.forEach(m -> phraseIndex.put(m, phraseIndex.size()));
        // Phrases are read from a story's read members; how specific a word is to the story counts all of them.
        Map<List<Integer>, List<Integer>> allMembers = new IdentityHashMap<>();
        // The shown documents' texts are split for their keyphrases and again for their stories' summaries: once.
        TextTools shownTools = new SplitMemo(tools);
        Keyphrases keyphrases = new Keyphrases(shownTools);
        Keyphrases.Day phrases = new Keyphrases.Day(members.parallelStream()
                .map(m -> phrasesOf(keyphrases, docs.get(m))).toList(),
                members.stream().map(m -> docs.get(m).summary().language()).toList(),
                specificity(grouper, allMembers::get));
        for (Draft d : shown) {
            List<Integer> read = d.read.stream().map(phraseIndex::get).toList();
            allMembers.put(read, d.members);
            d.phraseScores = phrases.storyScores(read);
            d.keywords = Keyphrases.top(d.phraseScores, STORY_KEYWORDS);
        }

        // Topics, heaviest first; stories within a topic by importance.
        double[] weights = shown.stream().mapToDouble(d -> d.importance).toArray();
        boolean[] other = {false};
        List<List<Integer>> groups = TopicGrouper.group(shown.stream().map(d -> d.topicVector).toList(), weights,
                other);
        List<TopicDraft> topicDrafts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            boolean isOther = other[0] && g == groups.size() - 1;
            topicDrafts.add(new TopicDraft(groups.get(g), TopicGrouper.weight(groups.get(g), weights), isOther));
        }
        topicDrafts.sort(Comparator.comparing((TopicDraft t) -> t.other)
                .thenComparingDouble(t -> -t.weight).thenComparingInt(t -> t.stories.get(0)));

        // A story's summary depends on its own documents only: all are made on every core, then placed in order.
        StorySummarizer storySummarizer = new StorySummarizer(shownTools);
        List<Story> made = shown.parallelStream().map(d -> story(storySummarizer, d, docs, digestDir)).toList();
        List<Story> stories = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>();
        for (TopicDraft t : topicDrafts) {
            List<Integer> indexes = new ArrayList<>();
            for (int s : t.stories) {
                position.put(s, stories.size());
                indexes.add(stories.size());
                stories.add(made.get(s));
            }
            List<Map<String, Double>> storyScores = t.stories.stream().map(s -> shown.get(s).phraseScores).toList();
            // The topic's phrases are scored as one story of all its documents: specific to the topic, not only to
            // one of its stories ("town", which two of its stories use, is in others too).
            List<Integer> read = t.stories.stream().flatMap(s -> shown.get(s).read.stream()).map(phraseIndex::get)
                    .toList();
            allMembers.put(read, t.stories.stream().flatMap(s -> shown.get(s).members.stream()).toList());
            Map<String, Double> shared = phrases.storyScores(read);
            List<String> keywords = Keyphrases.top(shared, STORY_KEYWORDS);
            String label = t.other ? OTHER_TOPIC : TopicLabel.of(keywords, shared, storyScores, phrases::name);
            topics.add(new Topic(label, keywords, round(t.weight), indexes));
        }
        List<Digest.OverviewSentence> overview = Overview.of(stories,
                java.util.stream.IntStream.range(0, shown.size()).mapToObj(position::get).toList());
        List<String> dayKeywords = dayKeywords(shown);
        List<SkippedDocument> sortedSkipped = skipped.stream()
                .sorted(Comparator.comparing(SkippedDocument::path)).toList();
        return new Digest(job, date, title, stories, sortedSkipped, overview, topics, dayKeywords,
                notShown(drafts.subList(shown.size(), drafts.size()), docs));
    }

    /** The stories past {@code max-stories}: counted, and their documents named (copies too), so none is lost. */
    private static Digest.NotShown notShown(List<Draft> hidden, List<DocumentSummary> docs) {
        List<String> paths = new ArrayList<>();
        for (Draft d : hidden) {
            for (int m : d.members) {
                paths.add(docs.get(m).path());
                paths.addAll(docs.get(m).copies());
            }
        }
        paths.sort(Comparator.naturalOrder());
        return new Digest.NotShown(hidden.size(), paths);
    }

    /** One story in the making. */
    private static final class Draft {
        List<Integer> members;          // indexes into docs, lead first
        List<Integer> read;             // the members whose texts the summary and keyphrases use, in member order
        double[] memberCentrality;
        SparseVector vector;
        SparseVector topicVector;
        double recency;
        double centrality;
        double importance;
        Story.Update update;
        Map<String, Double> phraseScores = Map.of();
        List<String> keywords = List.of();
    }

    private record TopicDraft(List<Integer> stories, double weight, boolean other) {
    }

    private static List<DocumentSummary> unique(List<DocumentSummary> documents) {
        List<DocumentSummary> sorted = documents.stream()
                .sorted(Comparator.comparing(DocumentSummary::path).thenComparing(DocumentSummary::id)).toList();
        // The same text twice (another format, another name) is one document: the first by path, naming the others.
        Map<String, DocumentSummary> byId = new LinkedHashMap<>();
        for (DocumentSummary d : sorted) {
            DocumentSummary kept = byId.putIfAbsent(d.id(), d);
            if (kept != null) {
                List<String> copies = new ArrayList<>(kept.copies());
                copies.add(d.path());
                copies.addAll(d.copies());
                byId.put(d.id(), kept.withCopies(copies.stream().distinct().toList()));
            }
        }
        List<DocumentSummary> out = new ArrayList<>(byId.values());
        out.sort(NEWEST_FIRST);
        return out;
    }

    private static StoryGrouper.Item item(DocumentSummary d) {
        return new StoryGrouper.Item(d.title(), text(d), d.summary().language());
    }

    /** The document's text, or its summary when the text was not kept. */
    private static String text(DocumentSummary d) {
        if (!d.body().isBlank()) {
            return d.body();
        }
        return d.summary().sentences().stream().map(ScoredSentence::text).collect(Collectors.joining("\n\n"));
    }

    private static Draft draft(int[] group, List<DocumentSummary> docs, List<EarlierDocument> before,
            Map<String, List<Integer>> earlierByUrl, StoryGrouper grouper, StoryGrouper.Grouping grouping,
            LocalDate runDate) {
        int k = group.length;
        // A member's centrality is its mean cosine with the others. The vectors are unit vectors, so that is its dot
        // product with the group's sum, less its own: one product per member, not one per pair (a story chains up
        // to hundreds of reports, and the pairs took 6% of the digest step).
        List<SparseVector> vectors = new ArrayList<>();
        for (int m : group) {
            vectors.add(grouper.vector(m));
        }
        SparseVector sum = SparseVector.sum(vectors);
        double[] centrality = new double[k];
        for (int a = 0; a < k; a++) {
            SparseVector v = vectors.get(a);
            centrality[a] = k == 1 ? 1.0 : round((v.dot(sum) - v.dot(v)) / (k - 1));
        }
        Integer[] order = new Integer[k];
        for (int a = 0; a < k; a++) {
            order[a] = a;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer a) -> -centrality[a])
                .thenComparing(a -> docs.get(group[a]).date())
                .thenComparing(a -> docs.get(group[a]).title())
                .thenComparing(a -> docs.get(group[a]).path()));
        // The lead first, then the others by date, title and path.
        List<Integer> rest = new ArrayList<>();
        for (int a = 1; a < k; a++) {
            rest.add(order[a]);
        }
        rest.sort(Comparator.comparing((Integer a) -> docs.get(group[a]).date())
                .thenComparing(a -> docs.get(group[a]).title()).thenComparing(a -> docs.get(group[a]).path()));
        Draft d = new Draft();
        d.members = new ArrayList<>();
        d.memberCentrality = new double[k];
        d.members.add(group[order[0]]);
        d.memberCentrality[0] = centrality[order[0]];
        for (int x = 0; x < rest.size(); x++) {
            d.members.add(group[rest.get(x)]);
            d.memberCentrality[x + 1] = centrality[rest.get(x)];
        }
        // The lead and the next most central (order[] is by centrality), kept in member order.
        Set<Integer> central = new HashSet<>();
        for (int a = 0; a < Math.min(k, READ_MEMBERS); a++) {
            central.add(group[order[a]]);
        }
        d.read = d.members.stream().filter(central::contains).toList();
        List<SparseVector> topicVectors = new ArrayList<>();
        LocalDate newest = LocalDate.MIN;
        TreeSet<Integer> matches = new TreeSet<>();
        for (int m : group) {
            topicVectors.add(grouper.topicVector(m));
            if (docs.get(m).date().isAfter(newest)) {
                newest = docs.get(m).date();
            }
            matches.addAll(grouping.earlierMatches().getOrDefault(m, new TreeSet<>()));
            if (!docs.get(m).url().isEmpty()) {
                matches.addAll(earlierByUrl.getOrDefault(docs.get(m).url(), List.of()));
            }
        }
        d.vector = sum.unit();
        d.topicVector = SparseVector.sum(topicVectors).unit();
        long age = Math.max(0, ChronoUnit.DAYS.between(newest, runDate));
        d.recency = round(1.0 / (1 + age));
        if (!matches.isEmpty()) {
            LocalDate first = null;
            List<String> titles = new ArrayList<>();
            for (int e : matches) {
                EarlierDocument earlier = before.get(e - docs.size());
                if (first == null || earlier.runDate().isBefore(first)) {
                    first = earlier.runDate();
                }
                if (titles.size() < 3 && !titles.contains(earlier.document().title())) {
                    titles.add(earlier.document().title());
                }
            }
            d.update = new Story.Update(first, titles);
        }
        return d;
    }

    private Story story(StorySummarizer storySummarizer, Draft d, List<DocumentSummary> docs, Path digestDir) {
        List<DigestDocument> members = new ArrayList<>();
        for (int x = 0; x < d.members.size(); x++) {
            DocumentSummary m = docs.get(d.members.get(x));
            members.add(new DigestDocument(m.path(), m.title(), m.date(), m.source(), links.link(m, digestDir),
                    m.summary().language(), m.summary().fallbackSplitter(), m.summary().sentences(),
                    d.memberCentrality[x], m.copies()));
        }
        DocumentSummary lead = docs.get(d.members.get(0));
        List<ScoredSentence> summary;
        List<Integer> sources;
        if (d.members.size() == 1) {
            summary = lead.summary().sentences();
            sources = null;
        } else {
            int sentences = 0;
            List<StorySummarizer.Source> inputs = new ArrayList<>();
            for (int m : d.read) {
                DocumentSummary doc = docs.get(m);
                sentences = Math.max(sentences, doc.summary().sentences().size());
                inputs.add(new StorySummarizer.Source(doc.title(), text(doc), doc.summary().language()));
            }
            sentences = Math.max(1, sentences) + Math.min(2, d.read.size() - 1);
            List<StorySummarizer.Chosen> chosen = storySummary(storySummarizer, inputs, sentences);
            if (chosen.isEmpty()) {
                summary = lead.summary().sentences();
                sources = null;
            } else {
                summary = chosen.stream().map(StorySummarizer.Chosen::sentence).toList();
                sources = chosen.stream().map(StorySummarizer.Chosen::document).toList();
            }
        }
        Story.StoryScore score = new Story.StoryScore(d.importance, d.members.size(), d.recency, d.centrality);
        return new Story(lead.title(), summary, members, sources, d.keywords, score, d.update);
    }

    /**
     * A document's keyphrases; none when its text trips the tagger (one document's content costs its keyphrases,
     * never the digest).
     */
    private static Map<String, Keyphrases.Phrase> phrasesOf(Keyphrases keyphrases, DocumentSummary doc) {
        try {
            return keyphrases.extract(doc.title(), text(doc), doc.summary().language());
        } catch (RuntimeException | StackOverflowError e) {
            return Map.of();
        }
    }

    /** A story's multi-document summary; empty (the lead's own summary stands) when its texts trip it. */
    private static List<StorySummarizer.Chosen> storySummary(StorySummarizer storySummarizer,
            List<StorySummarizer.Source> inputs, int sentences) {
        try {
            return StorySummarizer.inDocumentOrder(storySummarizer.summarize(inputs, sentences));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    /**
     * A word's {@link Keyphrases.Specificity}: the IDF of its index term over the documents of the day and the
     * history outside the story, relative to that of a term no other document uses.
     *
     * @param allMembers for each list of documents that phrases are scored over (a story's or a topic's read
     *                   members, by identity), all of its members, as indexes into the grouper's items
     */
    private Keyphrases.Specificity specificity(StoryGrouper grouper,
            java.util.function.Function<List<Integer>, List<Integer>> allMembers) {
        double n = grouper.items() + 1.0;
        double rarest = Math.log(n / 0.5);
        // A word's index term is looked up once a day, not once per story and topic that uses it (-1: none, -2: a
        // term no document uses); and how many of a story's documents use each term is counted once per story, not
        // once per word of each of its phrases. Stories are scored one after another, each scoring with one list of
        // members: the memos need no lock, and the counts are kept for the story being scored (its list, by identity).
        Map<String, Map<String, Integer>> termIds = new HashMap<>();
        StoryTerms counted = new StoryTerms();
        return (word, language, story) -> {
            int id = termIds.computeIfAbsent(language == null ? "" : language, l -> new HashMap<>())
                    .computeIfAbsent(word, w -> {
                        List<String> terms = tools.analyzer(language).terms(w);
                        return terms.isEmpty() ? -1 : grouper.termId(terms.get(0));
                    });
            if (id == -1) {
                return 1.0;
            }
            if (counted.story != story) {
                counted.story = story;
                counted.users = new HashMap<>();
                for (int d : allMembers.apply(story)) {
                    for (int t : grouper.vector(d).ids()) {
                        counted.users.merge(t, 1, Integer::sum);
                    }
                }
            }
            int elsewhere = grouper.documentFrequency(id) - counted.users.getOrDefault(id, 0);
            return Math.min(1.0, Math.max(0.05, Math.log(n / (elsewhere + 0.5)) / rarest));
        };
    }

    /** The story whose phrases are being scored, and how many of its documents use each term (by id). */
    private static final class StoryTerms {
        List<Integer> story;
        Map<Integer, Integer> users;
    }

    private static List<String> dayKeywords(List<Draft> shown) {
        Map<String, Double> sum = new TreeMap<>();
        for (Draft d : shown) {
            for (int r = 0; r < d.keywords.size(); r++) {
                sum.merge(d.keywords.get(r), d.importance / (r + 1), Double::sum);
            }
        }
        return Keyphrases.top(sum, DIGEST_KEYWORDS);
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
