package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TopicLabelTest {

    private static final Predicate<String> NAME = p -> p.equals("Coastal Dock") || p.equals("Bordeaux");

    @Test
    void topicLabelsAreASubjectTheStoriesShareNotANameNorAList() {
        Map<String, Double> tram = Map.of("Angela Ortiz", 3.0, "tram extension", 2.5, "council", 2.0);
        Map<String, Double> budget = Map.of("property tax rates", 2.8, "council", 2.2, "Samuel Park", 2.6);
        Predicate<String> name = p -> Character.isUpperCase(p.charAt(0));
        Map<String, Double> topic = Map.of("Angela Ortiz", 3.0, "property tax rates", 2.8, "Samuel Park", 2.6,
                "tram extension", 2.5, "council", 2.4); // the topic's documents as one story

        assertThat(TopicLabel.of(Keyphrases.top(topic, 5), topic, List.of(tram, budget), name)).isEqualTo("Council");
        assertThat(TopicLabel.of(Keyphrases.top(tram, 5), tram, List.of(tram), name)).isEqualTo("Tram extension");
    }

    @Test
    void aPhraseRunnerUpWithinAQuarterHeadsTheTopicOverASingleNoun() {
        Map<String, Double> strike = Map.of("Port", 6.33, "three-day strike", 5.79, "Coastal Dock", 4.57);
        Map<String, Double> weakPhrase = Map.of("Port", 6.33, "three-day strike", 4.0, "Coastal Dock", 3.9);

        assertThat(TopicLabel.of(Keyphrases.top(strike, 5), strike, List.of(strike), NAME))
                .isEqualTo("Three-day strike");
        // a phrase far behind does not say what the topic is about better than its best noun
        assertThat(TopicLabel.of(Keyphrases.top(weakPhrase, 5), weakPhrase, List.of(weakPhrase), NAME))
                .isEqualTo("Port");
    }

    @Test
    void onlyTheRunnerUpSubjectCanTakeOverNotAPhraseFurtherDown() {
        // "nouvelle ligne" is the cut start of "nouvelle ligne de tramway"; the topic's second subject is a noun
        Map<String, Double> tram = Map.of("tramway", 4.19, "commerçants", 4.16, "Bordeaux", 3.82,
                "nouvelle ligne", 3.70);

        assertThat(TopicLabel.of(Keyphrases.top(tram, 5), tram, List.of(tram), NAME)).isEqualTo("Tramway");
    }

    @Test
    void whenNamesFillTheKeyphrasesTheBestOtherPhraseHeadsTheTopic() {
        Predicate<String> name = p -> Character.isUpperCase(p.charAt(0));
        Map<String, Double> topic = Map.of("Calvo-Guirado", 9.0, "UCAM", 8.0, "Retraction Watch", 7.5,
                "José Herce", 7.0, "IE Business School", 6.5, "pensión", 5.0, "revistas", 4.0);

        assertThat(TopicLabel.of(Keyphrases.top(topic, 5), topic, List.of(topic), name)).isEqualTo("Pensión");
        // with no subject at all, a name is the heading still
        Map<String, Double> names = Map.of("Calvo-Guirado", 9.0, "UCAM", 8.0);
        assertThat(TopicLabel.of(Keyphrases.top(names, 5), names, List.of(names), name)).isEqualTo("Calvo-Guirado");
    }
}
