package org.daybrief.digest;

import java.util.List;
import org.daybrief.summarize.ScoredSentence;

/**
 * One entry of a digest: an event, told by one or more documents.
 *
 * @param title     the story's headline
 * @param summary   the story's summary sentences
 * @param documents the documents that report it, best first
 */
public record Story(String title, List<ScoredSentence> summary, List<DigestDocument> documents) {

    public Story {
        summary = List.copyOf(summary);
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one document: " + title);
        }
    }

    /** The lead document: where the story's title, date and source come from. */
    public DigestDocument lead() {
        return documents.get(0);
    }
}
