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
    void aGermanNounPhraseGoesOnAcrossDesToItsComplementButNotAcrossDerNorFromAGenericNoun() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Am ersten Tag des Bahnstreiks standen Pendler an leeren Bahnsteigen. Der Mainzer Stadtrat hat "
                + "den Neubau des Hallenbads beschlossen. Die Opposition kritisierte den Neubau des Hallenbads. Ein "
                + "Sprecher des Landes sagte, der Stadt der Zukunft fehle Geld.";

        Map<String, Keyphrases.Phrase> phrases = keyphrases.extract(null, body, "de");

        // "des" is only a genitive; "der Stadt der Zukunft" may be a dative; "Tag" and "Sprecher" are generic
        assertThat(phrases.keySet()).contains("neubau des hallenbads", "bahnstreiks", "landes")
                .noneMatch(k -> k.startsWith("des ") || k.contains("tag des") || k.contains("stadt der"));
        // the tagger calls "Hallenbads" a proper noun; the phrase's head, "Neubau", is not
        assertThat(phrases.get("neubau des hallenbads").name()).isFalse();
        assertThat(phrases.get("neubau des hallenbads").count).isEqualTo(2);
    }

    @Test
    void aNounThatOpensASentenceKeepsItsCapitalWhereTheSentencesOtherNounsHaveOne() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));

        Map<String, Keyphrases.Phrase> german = keyphrases.extract(null, "Verkehrsminister Volker Wissing forderte "
                + "beide Seiten zu neuen Gesprächen auf.", "de");
        Map<String, Keyphrases.Phrase> english = keyphrases.extract(null, "Flood defences along the river will cost "
                + "the town a lot of money.", "en");

        assertThat(german.get("verkehrsminister volker wissing").surface()).isEqualTo("Verkehrsminister Volker Wissing");
        assertThat(english.get("flood defences").surface()).isEqualTo("flood defences");
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
    void withoutATaggerANameOfFourWordsIsOnePhrase() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "La multa fue impuesta por la Comisión Nacional Mercados Competencia ayer. La multa es firme.";

        // the check for a name of four words read the tags, which a language without a tagger has none of: the
        // document lost all its phrases
        assertThat(keyphrases.extract(null, body, "es").keySet())
                .contains("comisión nacional mercados competencia", "multa");
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

        assertThat(keys).contains("hausse des tarifs", "rénovation du réseau", "eau", "conseil", "mairie", "lyon");
        // a run of non-stopwords would give "lyon annonce", "tarifs financera", "habitants paieront"
        assertThat(keys).noneMatch(k -> k.contains("annonce") || k.contains("financera") || k.contains("paieront")
                || k.contains("augmente") || k.contains("janvier"));
    }

    @Test
    void aFrenchNounPhraseGoesOnAcrossDeToANounComplementNotToAnInfinitiveNorAName() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Bordeaux inaugure la nouvelle ligne de tramway vers l'aéroport. Le maire de Bordeaux salue le "
                + "projet. La métropole a pris la décision de prolonger la ligne de tramway. Le tramway circule toutes "
                + "les dix minutes.";

        Set<String> keys = keyphrases.extract(null, body, "fr").keySet();

        // "prolonger" follows only a bare "de", as infinitives do; "tramway" follows an article ("le tramway")
        assertThat(keys).contains("nouvelle ligne de tramway", "ligne de tramway", "décision", "maire")
                .noneMatch(k -> k.contains("de prolonger") || k.contains("de bordeaux"));
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
    void aPriceOrAFigureJoinedToAWordDescribesItsNounWithoutCountingIt() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Riverton will build a 1.8-mile flood wall along the river. The council approved a $48 million "
                + "flood wall on Tuesday, and 600 homes were flooded in 2023. The wall will stand 9 feet high.";

        Map<String, Keyphrases.Phrase> phrases = keyphrases.extract(null, body, "en");

        // one wall, 1.8 miles long and costing $48 million; "600 homes" and "9 feet" count homes and feet
        assertThat(phrases.get("flood wall").count).isEqualTo(2);
        assertThat(phrases.get("flood wall").measure()).isFalse();
        assertThat(phrases.get("homes").measure()).isTrue();
        assertThat(phrases.get("feet").measure()).isTrue();
    }

    @Test
    void aHyphenatedWordIsWholeAndATooLongRunIsCutWhereANameEndsNotAtItsStart() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Prodigy, one half of the seminal Los Angeles County hip-hop duo Mobb Deep, died on Tuesday. "
                + "Police said the 22-year-old Areej Ali was hurt near the Ross-shire car park.";

        Set<String> keys = keyphrases.extract(null, body, "en").keySet();

        // pieces of "hip-hop", "22-year-old", "Ross-shire" and the last words of a run of five gave "angeles county
        // hip", "old areej ali" and "ross -shire"
        assertThat(keys).contains("los angeles county", "hip-hop duo", "mobb deep", "areej ali")
                .anySatisfy(k -> assertThat(k).contains("ross-shire"))
                .noneMatch(k -> k.startsWith("angeles") || k.contains("old") || k.contains(" -"));
    }

    @Test
    void aBodyLineWithoutAVerbIsABylineNotTheStory() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "Northern Wire\n\nBy Howard Klein, Culture Editor\n\nThe film festival opened on Friday with "
                + "a record number of screenings.";

        Set<String> keys = keyphrases.extract("Festival opens", body, "en").keySet();
        Set<String> german = keyphrases.extract(null, "Von Anna Berg, Redakteurin\n\nDie Stadtwerke Lindenau "
                + "erhöhen die Strompreise.", "de").keySet();

        assertThat(keys).contains("film festival", "screenings").noneMatch(k -> k.contains("howard")
                || k.contains("editor") || k.contains("northern"));
        assertThat(german).contains("stadtwerke lindenau", "strompreise").noneMatch(k -> k.contains("anna")
                || k.contains("redakteurin"));
    }

    @Test
    void anAdjectiveSaidOnceDescribesAndThePhraseCountsAsItsNoun() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        String body = "The county opened clinics for the annual flu vaccine. Nurses gave the flu vaccine to 400 "
                + "people, and the smart traffic system at the door counted them. The smart traffic system worked.";
        Keyphrases.Day day = new Keyphrases.Day(List.of(keyphrases.extract(null, body, "en")), List.of("en"),
                (word, language, story) -> 1.0);

        Set<String> scored = day.storyScores(List.of(0)).keySet();

        assertThat(scored).contains("flu vaccine", "smart traffic system").doesNotContain("annual flu vaccine");
    }

    @Test
    void aNounTheStoryOnlyRefersBackWithRanksBelowItsSubjectsInEnglishGermanAndFrench() {
        Keyphrases keyphrases = new Keyphrases(TextTools.of(NlpModels.load()));
        // "the system" three times, never named by the title nor part of a longer phrase
        Map<String, Keyphrases.Phrase> en = keyphrases.extract("Kellford tests smart traffic lights",
                "Kellford will test traffic lights run by software at 40 intersections. The system was built by "
                        + "a startup. Officials said the system does not record faces. The city could extend the system "
                        + "to 300 lights, and bus lanes would follow.", "en");
        Map<String, Keyphrases.Phrase> de = keyphrases.extract("Stadtwerke Lindenau erhöhen die Strompreise",
                "Die Stadtwerke Lindenau erhöhen im Januar die Strompreise. Die Kunden zahlen dann mehr. Viele "
                        + "Kunden wollen wechseln. Die Kunden können bis Dezember kündigen. Der Sozialtarif für Haushalte "
                        + "mit kleinem Einkommen bleibt. Die Verbraucherzentrale rät zum Vergleich.",
                "de");
        Map<String, Keyphrases.Phrase> fr = keyphrases.extract("Lyon : la facture d'eau augmente",
                "La ville de Lyon augmente la facture d'eau. Les habitants paieront 40 euros de plus. Les habitants "
                        + "peuvent contester. Selon la mairie, les habitants recevront un courrier. La facture "
                        + "financera le réseau.", "fr");
        Keyphrases.Day day = new Keyphrases.Day(List.of(en, de, fr), List.of("en", "de", "fr"),
                (word, language, story) -> 1.0);

        Map<String, Double> english = day.storyScores(List.of(0));
        Map<String, Double> german = day.storyScores(List.of(1));
        Map<String, Double> french = day.storyScores(List.of(2));

        assertThat(english.get("system")).isLessThan(english.get("traffic lights"));
        assertThat(Keyphrases.top(english, 3)).doesNotContain("system");
        assertThat(german.get("Kunden")).isLessThan(german.get("Strompreise"));
        assertThat(Keyphrases.top(german, 3)).doesNotContain("Kunden");
        assertThat(french.get("habitants")).isLessThan(french.get("facture"));
        assertThat(Keyphrases.top(french, 2)).doesNotContain("habitants");
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
}
