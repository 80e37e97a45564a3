package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.Test;

class KeyphrasesTest {

    @Test
    void germanKeyphrasesAreNounPhrasesFromTheGermanTagger() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Die Stadtwerke Lindenau erhöhen im Januar ihre Strompreise deutlich. "
                + "Die neuen Tarife gelten für alle Haushalte der Stadt. Kunden können bis Ende Dezember kündigen.";

        Set<String> keys = keyphrases.extract(null, body, "de").keySet();

        assertThat(keys).contains("stadtwerke lindenau", "strompreise", "neuen tarife", "haushalte");
        // verbs and adverbs end a phrase: a stopword run would give "erhöhen" and "strompreise deutlich"
        assertThat(keys).noneMatch(k -> k.contains("erhöhen") || k.contains("deutlich") || k.contains("kündigen"));
    }

    @Test
    void withoutATaggerAbbreviationsDoNotJoinPhrases() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Według dyr. Anny Kowalskiej centrum kultury otworzy prof. Jan Nowak.";

        Set<String> keys = keyphrases.extract(null, body, "pl").keySet();

        assertThat(keys).contains("jan nowak").noneMatch(k -> k.contains("prof")
                || k.contains("dyr"));
    }

    @Test
    void languagesWithoutAServedModelHaveNoTagger() {
        assertThat(PosModels.taggerModel("de")).isNotNull();
        assertThat(PosModels.taggerModel("es")).isNull();
    }

    @Test
    void frenchPhrasesAreNounsFollowingADeterminerNeverAVerb() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "La ville de Lyon annonce une hausse des tarifs de l'eau de 8 pour cent en janvier. "
                + "Le conseil municipal a voté lundi la nouvelle grille. Selon la mairie, la hausse des tarifs "
                + "financera la rénovation du réseau d'eau potable. Les habitants paieront en moyenne 40 euros de plus.";

        Set<String> keys = keyphrases.extract("Lyon : la facture d'eau augmente", body, "fr").keySet();

        assertThat(keys).contains("hausse", "tarifs", "eau", "réseau", "rénovation", "conseil", "mairie", "lyon");
        // a run of non-stopwords would give "lyon annonce", "tarifs financera", "habitants paieront"
        assertThat(keys).noneMatch(k -> k.contains("annonce") || k.contains("financera") || k.contains("paieront")
                || k.contains("augmente") || k.contains("janvier"));
    }

    @Test
    void aHeadlinesVerbIsNoKeyphraseAndUnitsRolesAndPossessivesAreCut() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String title = "Easthaven port strike strands dozens of ships as union presses for 7% raise";
        String body = title + "\n\nThe port strike entered its second day on Wednesday, and 31 ships waited at anchor "
                + "with 1.1 million tons of cargo, each kept 12 feet from the pier. Terminal director Marta Lindgren said "
                + "the port's losses were mounting. The union wants a 7% raise; the port strike could last a week.";

        Map<String, Keyphrases.Phrase> phrases = keyphrases.extract(title, body, "en");

        // The headline's "strands" and "presses" are tagged as nouns there: its phrases count only when the body
        // has them too ("port strike").
        assertThat(phrases.keySet()).contains("port strike", "marta lindgren")
                .noneMatch(k -> k.contains("strands") || k.contains("presses") || k.contains("director marta"));
        // twice in the body; the title's chunk ("strike strands dozens") is not the body's, so it adds nothing
        assertThat(phrases.get("port strike").count).isEqualTo(2);
        assertThat(phrases.get("tons").measure()).isTrue();
        assertThat(phrases.get("feet").measure()).isTrue();
        assertThat(phrases.get("port strike").measure()).isFalse();
        assertThat(phrases.keySet()).contains("port").noneMatch(k -> k.contains("'s") || k.contains("\u2019"));
    }

    @Test
    void aGenericNounThatManyStoriesUseOrThatHeadsTheStorysPhrasesRanksBelowItsSubject() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        Map<String, Keyphrases.Phrase> traffic = keyphrases.extract(null, "The city will test a smart traffic "
                + "system at 40 intersections. The traffic system uses cameras, and a camera system counts cars. "
                + "Officials said the system would cut commute times. The smart traffic system starts in May.", "en");
        // "system" is in every other story of the day; "traffic" in this one only.
        Keyphrases.Day day = new Keyphrases.Day(List.of(traffic), List.of("en"),
                (word, language, story) -> word.equals("system") ? 0.2 : 1.0);

        List<String> top = Keyphrases.top(day.storyScores(List.of(0)), 3);

        assertThat(top).first().asString().contains("traffic");
        assertThat(top).doesNotContain("system", "officials", "May");
    }

    @Test
    void germanUnitsAndCalendarNamesAreNoKeyphrases() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Die Stadtwerke Lindenau erhöhen im Januar die Strompreise um 8 Prozent. Ein Haushalt zahlt "
                + "dann 120 Euro mehr im Jahr. Nach Angaben der Stadtwerke steigen die Strompreise wegen der Netzkosten.";

        Map<String, Keyphrases.Phrase> phrases = keyphrases.extract(null, body, "de");
        Keyphrases.Day day = new Keyphrases.Day(List.of(phrases), List.of("de"), (word, language, story) -> 1.0);

        assertThat(day.storyScores(List.of(0)).keySet()).contains("Strompreise", "Stadtwerke Lindenau")
                .doesNotContain("Prozent", "Euro", "Januar", "Angaben");
    }

    @Test
    void topicLabelsAreASubjectTheStoriesShareNotANameNorAList() {
        Map<String, Double> tram = Map.of("Angela Ortiz", 3.0, "tram extension", 2.5, "council", 2.0);
        Map<String, Double> budget = Map.of("property tax rates", 2.8, "council", 2.2, "Samuel Park", 2.6);
        java.util.function.Predicate<String> name = p -> Character.isUpperCase(p.charAt(0));
        Map<String, Double> topic = Map.of("Angela Ortiz", 3.0, "property tax rates", 2.8, "Samuel Park", 2.6,
                "tram extension", 2.5, "council", 2.4); // the topic's documents as one story

        assertThat(TopicLabel.of(Keyphrases.top(topic, 5), List.of(tram, budget), name)).isEqualTo("Council");
        assertThat(TopicLabel.of(Keyphrases.top(tram, 5), List.of(tram), name)).isEqualTo("Tram extension");
    }
}
