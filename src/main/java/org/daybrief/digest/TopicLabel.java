package org.daybrief.digest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A topic's heading: one noun phrase a person would put over its stories. Keyphrases are noun-phrase chunks
 * ({@link Keyphrases}); of them a heading names a subject ("Flood", "Tram extension"), not a participant, so a name
 * ("Angela Ortiz", "Calder River") heads a topic only when its stories have no subject phrase. A topic of several
 * stories is headed by the best of its keyphrases that at least two of them share ("Council" over a tram vote and a
 * budget), when there is one: a heading covers what it heads. Stateless.
 */
final class TopicLabel {

    static final String OTHER_TOPIC = "Other news";

    private TopicLabel() {
    }

    /**
     * @param keywords    the topic's keyphrases, best first
     * @param storyScores its stories' phrase scores
     * @param name        whether a phrase is a name
     */
    static String of(List<String> keywords, List<Map<String, Double>> storyScores, Predicate<String> name) {
        if (keywords.isEmpty()) {
            return OTHER_TOPIC;
        }
        String label = keywords.stream().filter(name.negate()).findFirst().orElse(keywords.get(0));
        if (storyScores.size() > 1) {
            label = keywords.stream().filter(name.negate())
                    .filter(p -> storyScores.stream().filter(s -> s.containsKey(p)).count() >= 2)
                    .findFirst().orElse(label);
        }
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
