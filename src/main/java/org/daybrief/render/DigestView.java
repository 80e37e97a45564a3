package org.daybrief.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.digest.Topic;
import org.daybrief.ingest.FieldLimits;
import org.daybrief.summarize.ScoredSentence;

/**
 * What the digest templates see: the {@link Digest} flattened into display values (dates and counts already
 * formatted, links already checked by {@link Links}), shared by the HTML, Markdown and text templates. Values
 * are raw text: each template's escaper escapes them. New story attributes (topics, keywords, "also reported
 * by") become new record components here and new lines in {@code html/story}, {@code md/digest} and
 * {@code txt/digest}.
 */
record DigestView(Page page, String job, String title, String date, String dateLong, String countLabel,
        int storyCount, boolean empty, List<StoryView> stories, List<SkippedView> skipped, String skippedLabel,
        String generator, List<OverviewView> overview, List<TopicView> topics, List<String> keywords,
        String notShownLabel) {

    static final String GENERATOR = "Daybrief";
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final int PREHEADER_TITLE_CHARS = 90;

    /** What the shared HTML layout needs from any page. */
    record Page(String title, String preheader, String job) {
    }

    record StoryView(int number, String title, Link link, List<String> meta, List<Sentence> summary,
            List<DocumentView> documents, boolean multipleDocuments, String sourcesLabel, List<String> notes,
            String update, List<String> keywords, List<DocumentView> alsoReported, String alsoReportedLabel) {
    }

    /** A sentence of the day's overview, with the number of the story it comes from. */
    record OverviewView(String text, int story) {
    }

    /** A topic: its label and its stories; {@code labelled} is false for the single unnamed topic of old digests. */
    record TopicView(String label, boolean labelled, List<String> keywords, String countLabel, List<StoryView> stories) {
    }

    record DocumentView(String path, String title, Link link, List<String> meta, String fallbackNote) {
    }

    /** A checked link: {@code href} for HTML and text, {@code markdown} for a Markdown link destination. */
    record Link(String href, String markdown) {

        static Link of(String raw) {
            return Links.safeHref(raw).map(h -> new Link(h, Links.markdownDestination(h))).orElse(null);
        }
    }

    record Sentence(String text, String score) {
    }

    record SkippedView(String path, String reason) {
    }

    static DigestView of(Digest digest) {
        List<StoryView> stories = new ArrayList<>();
        for (Story story : digest.stories()) {
            stories.add(story(stories.size() + 1, story));
        }
        String date = isoDate(digest.date());
        String countLabel = count(stories.size(), "story", "stories");
        String preheader = stories.isEmpty()
                ? "Nothing new today"
                : countLabel + " · top: " + truncate(Escaping.oneLine(stories.get(0).title()), PREHEADER_TITLE_CHARS);
        List<SkippedView> skipped = digest.skipped().stream()
                .map(s -> new SkippedView(s.path(), s.reason()))
                .toList();
        List<OverviewView> overview = digest.overview().stream()
                .map(o -> new OverviewView(o.text(), o.story() + 1)).toList();
        List<TopicView> topics = new ArrayList<>();
        if (digest.topics().isEmpty()) {
            if (!stories.isEmpty()) {
                topics.add(new TopicView("", false, List.of(), countLabel, stories));
            }
        } else {
            for (Topic t : digest.topics()) {
                List<StoryView> members = t.stories().stream().map(stories::get).toList();
                topics.add(new TopicView(t.label(), true, t.keywords(), count(members.size(), "story", "stories"),
                        members));
            }
        }
        return new DigestView(new Page(digest.title(), preheader, digest.job()), digest.job(), digest.title(), date,
                LONG_DATE.format(digest.date()), countLabel, stories.size(), stories.isEmpty(), stories, skipped,
                "Skipped " + count(skipped.size(), "document", "documents"), GENERATOR, overview,
                List.copyOf(topics), digest.keywords(), notShownLabel(digest.notShown()));
    }

    /** The footer's line on the stories past {@code max-stories}, or null when the digest shows them all. */
    private static String notShownLabel(Digest.NotShown notShown) {
        if (notShown.stories() == 0) {
            return null;
        }
        return count(notShown.stories(), "more story", "more stories") + " ("
                + count(notShown.documents().size(), "document", "documents")
                + ") not shown, past the job's max-stories; digest.json names their documents under notShown.";
    }

    private static StoryView story(int number, Story story) {
        DigestDocument lead = story.lead();
        List<ScoredSentence> sentences = story.summary().isEmpty() ? lead.summary() : story.summary();
        List<DocumentView> documents = story.documents().stream()
                .map(d -> new DocumentView(d.path(), d.title(), Link.of(d.link()),
                        nonEmpty(d.source(), isoDate(d.date())), d.fallbackSplitter() ? fallbackNote(d) : null))
                .toList();
        Set<String> notes = new LinkedHashSet<>();
        for (DocumentView d : documents) {
            if (d.fallbackNote() != null) {
                notes.add(d.fallbackNote());
            }
        }
        for (DigestDocument d : story.documents()) {
            if (!d.copies().isEmpty()) {
                notes.add("(the same text as " + d.path() + ": " + String.join(", ", d.copies()) + ")");
            }
        }
        String title = story.title() == null || story.title().isBlank() ? lead.title() : story.title();
        String sourcesLabel = count(documents.size(), "source", "sources");
        List<String> meta = nonEmpty(lead.source(), isoDate(lead.date()), lead.language(),
                documents.size() > 1 ? sourcesLabel : null);
        String update = story.update() == null ? null
                : "Update: first reported " + isoDate(story.update().firstReported());
        List<DocumentView> others = documents.subList(1, documents.size());
        return new StoryView(number, title, Link.of(lead.link()), meta,
                sentences.stream().map(s -> new Sentence(s.text(), score(s.score()))).toList(),
                documents, documents.size() > 1, sourcesLabel, List.copyOf(notes), update, story.keywords(),
                List.copyOf(others), "Also reported by " + count(others.size(), "source", "sources"));
    }

    private static String fallbackNote(DigestDocument d) {
        String language = d.language() == null || d.language().isBlank() ? "und" : d.language();
        return "(no sentence model for " + language + ": rule-based splitting)";
    }

    static String isoDate(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** A score as shown to readers: four decimals, locale-independent. */
    static String score(double score) {
        return Double.isFinite(score) ? String.format(Locale.ROOT, "%.4f", score) : "n/a";
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    /** At most {@code max} characters, cut at a word boundary when one is near, with an ellipsis. */
    static String truncate(String s, int max) {
        return FieldLimits.shorten(s, max);
    }
}
