package org.daybrief.summarize;

import java.util.List;

/**
 * The extractive summary of one document.
 *
 * @param language         ISO 639-1 code of the detected language (e.g. {@code en}), or {@code und}
 * @param fallbackSplitter true when no sentence model exists for the language and a rule-based splitter was used
 * @param sentenceCount    how many sentences the document had
 * @param sentences        the chosen sentences, in document order
 */
public record Summary(String language, boolean fallbackSplitter, int sentenceCount, List<ScoredSentence> sentences) {

    public Summary {
        sentences = List.copyOf(sentences);
    }
}
