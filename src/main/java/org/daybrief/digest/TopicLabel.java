package org.daybrief.digest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A topic's heading: one noun phrase a person would put over its stories. Keyphrases are noun-phrase chunks
 * ({@link Keyphrases}); of them a heading names a subject ("Flood wall", "Tram extension"), not a participant, so a
 * name ("Angela Ortiz", "Calder River") heads a topic only when its stories have no subject phrase (looked for past
 * the keyphrases when names fill them). A topic of
 * several stories is headed by the best of its subject phrases that at least two of them share ("Council" over a
 * tram vote and a budget), when there is one: a heading covers what it heads. A single noun says less than a phrase
 * ("Port" against "three-day strike"): when the runner-up subject is a phrase of several words, it heads the topic
 * over a single noun that scores up to {@link #PHRASE_ODDS} times as much. Stateless.
 */
final class TopicLabel {

    static final String OTHER_TOPIC = "Other news";
    /** How much more a single noun must score than a phrase of several words to head the topic instead. */
    static final double PHRASE_ODDS = 1.25;

    private TopicLabel() {
    }

    /**
     * @param keywords    the topic's keyphrases, best first
     * @param scores      the topic's phrase scores (its documents as one story)
     * @param storyScores its stories' phrase scores
     * @param name        whether a phrase is a name
     */
    static String of(List<String> keywords, Map<String, Double> scores, List<Map<String, Double>> storyScores,
            Predicate<String> name) {
        if (keywords.isEmpty()) {
            return OTHER_TOPIC;
        }
        Predicate<String> shared = p -> storyScores.stream().filter(s -> s.containsKey(p)).count() >= 2;
        Predicate<String> subject = storyScores.size() > 1 && keywords.stream().anyMatch(name.negate().and(shared))
                ? name.negate().and(shared) : name.negate();
        List<String> subjects = keywords.stream().filter(subject).toList();
        if (subjects.isEmpty()) {
            // Names fill the keyphrases ("Calvo-Guirado", "UCAM"): the topic's best other phrase says what it is about.
            return capitalised(scores.entrySet().stream().filter(e -> !name.test(e.getKey()))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).findFirst().orElse(keywords.get(0)));
        }
        String label = subjects.get(0);
        if (!label.contains(" ") && subjects.size() > 1 && subjects.get(1).contains(" ")
                && PHRASE_ODDS * scores.getOrDefault(subjects.get(1), 0.0) >= scores.getOrDefault(label, 0.0)) {
            label = subjects.get(1);
        }
        return capitalised(label);
    }

    private static String capitalised(String label) {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
