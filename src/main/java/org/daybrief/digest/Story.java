package org.daybrief.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.daybrief.summarize.ScoredSentence;

/**
 * One entry of a digest: an event, told by one or more documents.
 *
 * @param title          the story's headline (from its most central document)
 * @param summary        the story's summary sentences, in reading order
 * @param documents      the documents that report it, the lead (most central) first
 * @param summarySources for each summary sentence, the index into {@code documents} of the document it comes from
 * @param keywords       the story's keyphrases, best first
 * @param score          why the story stands where it does
 * @param update         set when an earlier digest of the job already reported this story; may be null
 */
public record Story(String title, List<ScoredSentence> summary, List<DigestDocument> documents,
        List<Integer> summarySources, List<String> keywords, StoryScore score, Update update) {

    /** The importance of a story and its parts; stories are ordered by {@code importance}, highest first. */
    public record StoryScore(double importance, int sources, double recency, double centrality) {
        public static final StoryScore NONE = new StoryScore(0, 1, 0, 0);
    }

    /**
     * A story that an earlier digest already reported.
     *
     * @param firstReported the run date of the earliest digest with a matching document
     * @param earlierTitles the titles of the matching earlier documents (at most a few)
     */
    public record Update(LocalDate firstReported, List<String> earlierTitles) {
        public Update {
            Objects.requireNonNull(firstReported, "firstReported");
            earlierTitles = List.copyOf(earlierTitles);
        }
    }

    public Story {
        summary = List.copyOf(summary);
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one document: " + title);
        }
        summarySources = summarySources == null || summarySources.size() != summary.size()
                ? java.util.Collections.nCopies(summary.size(), 0) : List.copyOf(summarySources);
        for (int s : summarySources) {
            if (s < 0 || s >= documents.size()) {
                throw new IllegalArgumentException("summary source " + s + " is not one of the " + documents.size()
                        + " documents of " + title);
            }
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        score = score == null ? StoryScore.NONE : score;
    }

    /** A story of one or more documents whose summary comes from its lead document. */
    public Story(String title, List<ScoredSentence> summary, List<DigestDocument> documents) {
        this(title, summary, documents, null, List.of(), StoryScore.NONE, null);
    }

    /** The lead document: where the story's title, date and source come from. */
    public DigestDocument lead() {
        return documents.get(0);
    }

    /** The document that summary sentence {@code i} comes from. */
    public DigestDocument sourceOf(int i) {
        return documents.get(summarySources.get(i));
    }
}
