package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
