package org.daybrief.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.daybrief.ingest.SkippedDocument;

/**
 * One day's digest of one job.
 *
 * @param job      the job's name
 * @param date     the run date
 * @param title    the heading, with {@code {date}} already replaced
 * @param stories  the stories, in reading order: topic by topic, each topic's stories by importance
 * @param skipped  the documents that could not be read, with reasons (shown in the footer)
 * @param overview a few sentences across the day's most important stories, shown at the top
 * @param topics   the stories grouped by subject, heaviest topic first; every story is in exactly one topic
 * @param keywords the day's top keyphrases, best first
 * @param notShown the stories past the job's {@code max-stories}, which the digest counts but does not show
 */
public record Digest(String job, LocalDate date, String title, List<Story> stories, List<SkippedDocument> skipped,
        List<OverviewSentence> overview, List<Topic> topics, List<String> keywords, NotShown notShown) {

    /** A sentence of the day's overview and the story (index into {@link #stories()}) it comes from. */
    public record OverviewSentence(String text, double score, int story) {
        public OverviewSentence {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The stories a digest leaves out because it shows at most the job's {@code max-stories}, the most important
     * first: how many, and the paths of their documents (copies included, sorted), so that every document filed for
     * the date is in {@code digest.json}, shown or not, and none is left out without a word.
     */
    public record NotShown(int stories, List<String> documents) {

        public static final NotShown NONE = new NotShown(0, List.of());

        public NotShown {
            if (stories < 0) {
                throw new IllegalArgumentException("stories must not be negative: " + stories);
            }
            documents = List.copyOf(documents);
        }
    }

    public Digest {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        stories = List.copyOf(stories);
        skipped = List.copyOf(skipped);
        overview = overview == null ? List.of() : List.copyOf(overview);
        topics = topics == null ? List.of() : List.copyOf(topics);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        notShown = notShown == null ? NotShown.NONE : notShown;
        for (OverviewSentence s : overview) {
            checkIndex(s.story(), stories.size(), "overview sentence");
        }
        List<Integer> seen = new ArrayList<>();
        for (Topic t : topics) {
            for (int s : t.stories()) {
                checkIndex(s, stories.size(), "topic '" + t.label() + "'");
                seen.add(s);
            }
        }
        if (!topics.isEmpty() && (seen.size() != stories.size() || seen.stream().distinct().count() != seen.size())) {
            throw new IllegalArgumentException("topics must hold every story exactly once: " + seen.size()
                    + " entries for " + stories.size() + " stories");
        }
    }

    /** A digest that shows all of its stories. */
    public Digest(String job, LocalDate date, String title, List<Story> stories, List<SkippedDocument> skipped,
            List<OverviewSentence> overview, List<Topic> topics, List<String> keywords) {
        this(job, date, title, stories, skipped, overview, topics, keywords, NotShown.NONE);
    }

    /** A digest without overview, topics or keywords. */
    public Digest(String job, LocalDate date, String title, List<Story> stories, List<SkippedDocument> skipped) {
        this(job, date, title, stories, skipped, List.of(), List.of(), List.of());
    }

    private static void checkIndex(int i, int size, String what) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(what + " refers to story " + i + " of " + size);
        }
    }

    public int documentCount() {
        return stories.stream().mapToInt(s -> s.documents().size()).sum();
    }
}
