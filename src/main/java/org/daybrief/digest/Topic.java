package org.daybrief.digest;

import java.util.List;
import java.util.Objects;

/**
 * Stories of a digest about one subject.
 *
 * @param label    a human-readable label made of the topic's top keyphrases
 * @param keywords the topic's keyphrases, best first
 * @param weight   the sum of its stories' importance; topics are shown heaviest first
 * @param stories  indexes into {@link Digest#stories()}, in reading order
 */
public record Topic(String label, List<String> keywords, double weight, List<Integer> stories) {

    public Topic {
        Objects.requireNonNull(label, "label");
        keywords = List.copyOf(keywords);
        stories = List.copyOf(stories);
    }
}
