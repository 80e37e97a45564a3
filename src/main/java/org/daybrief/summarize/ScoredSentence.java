package org.daybrief.summarize;

import java.util.Map;
import java.util.Objects;

/**
 * A sentence chosen for a summary.
 *
 * @param index    the sentence's position among the document's sentences (0-based)
 * @param text     the sentence, verbatim from the document
 * @param score    the combined score that got it chosen, in [0, 1]
 * @param features the signals behind the score, by scorer name, in scorer order (e.g. {@code position}, {@code centrality})
 */
public record ScoredSentence(int index, String text, double score, Map<String, Double> features) {

    public ScoredSentence {
        Objects.requireNonNull(text, "text");
        // Keep the scorers' order (Map.copyOf would iterate in a per-JVM random order and break byte-identical JSON).
        features = Features.of(features);
    }
}
