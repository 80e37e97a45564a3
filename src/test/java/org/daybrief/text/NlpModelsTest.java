package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpModelsTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    private static List<String> sentences(String text) {
        return nlp.splitter("en").split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void detectsEnglishGermanAndFrench() {
        assertThat(nlp.detectLanguage("The government said on Monday that it would raise taxes on fuel next "
                + "year, despite protests from drivers and business groups across the country.")).isEqualTo("en");
        assertThat(nlp.detectLanguage("Die Bundesregierung hat am Montag beschlossen, die Steuern auf Kraftstoff "
                + "im nächsten Jahr zu erhöhen, trotz der Proteste von Autofahrern und Verbänden.")).isEqualTo("de");
        assertThat(nlp.detectLanguage("Le gouvernement a annoncé lundi qu'il augmenterait les taxes sur le "
                + "carburant l'année prochaine, malgré les protestations des automobilistes.")).isEqualTo("fr");
        assertThat(nlp.detectLanguage("ok")).isEqualTo(NlpModels.UNDETERMINED);
    }

    @Test
    void aDeclaredLanguageDecidesForShortTextsOnlyAndForTextsTheDetectorCannotPlace() {
        String headline = "Huelga de metro en Madrid";
        assertThat(nlp.detectLanguage(headline, "pt")).isEqualTo("pt");
        assertThat(nlp.detectLanguage("ok", "es")).isEqualTo("es");
        assertThat(nlp.detectLanguage("ok", null)).isEqualTo(NlpModels.UNDETERMINED);
        String article = Articles.of("es").text();
        assertThat(nlp.detectLanguage(article, "pt")).isEqualTo("es");
        assertThat(nlp.split(headline, "it").language()).isEqualTo("it");
    }

    @Test
    void englishModelSplitsAreRepairedAfterAbbreviations() {
        assertThat(sentences("Acme Corp. said on Monday it would cut jobs. Gov. Smith criticised the plan. "
                + "The U.S. Senate will vote on Jan. 5 at 9 a.m. in Washington. Lt. Col. Jones declined to comment."))
                .containsExactly("Acme Corp. said on Monday it would cut jobs.", "Gov. Smith criticised the plan.",
                        "The U.S. Senate will vote on Jan. 5 at 9 a.m. in Washington.",
                        "Lt. Col. Jones declined to comment.");
    }

    @Test
    void lowerCasedTokenisedTextIsSplitAtADetachedFullStopButNotAfterAnAbbreviation() {
        assertThat(sentences("the regime is still largely shrouded in mystery . but this week , russia announced "
                + "that the trip had been canceled . the fbi , u.s . marshals service and local police joined the "
                + "search , said capt . yves naffrechoux on monday ."))
                .containsExactly("the regime is still largely shrouded in mystery .",
                        "but this week , russia announced that the trip had been canceled .",
                        "the fbi , u.s . marshals service and local police joined the search , said capt . yves "
                                + "naffrechoux on monday .");
        // Ordinary text: a full stop attached to its word is left to the model and the abbreviation rules.
        assertThat(sentences("He moved to the U.S. in 1990 and later joined Acme Corp. as an engineer."))
                .hasSize(1);
    }

    @Test
    void germanModelDoesNotSplitAfterAnOrdinalDate() {
        String text = "Die Stadtwerke Lindenau erhöhen zum 1. Januar 2026 ihre Strompreise. Ein Haushalt zahlt "
                + "dann im Schnitt 8 Euro mehr im Monat. Die Preise waren zuletzt am 1. Juli gestiegen.";
        assertThat(nlp.splitter("de").split(text).stream().map(s -> s.of(text)).toList()).containsExactly(
                "Die Stadtwerke Lindenau erhöhen zum 1. Januar 2026 ihre Strompreise.",
                "Ein Haushalt zahlt dann im Schnitt 8 Euro mehr im Monat.",
                "Die Preise waren zuletzt am 1. Juli gestiegen.");
    }

    @Test
    void usAtTheEndOfASentenceWithTheModel() {
        assertThat(sentences("He moved to the U.S. He later became a citizen. The U.S. Senate voted on Monday."))
                .containsExactly("He moved to the U.S.", "He later became a citizen.",
                        "The U.S. Senate voted on Monday.");
    }

    @Test
    void headlineIsItsOwnSentenceWithTheModelToo() {
        assertThat(sentences("Council approves new budget\nThe council approved the budget on Tuesday. It takes effect in May."))
                .containsExactly("Council approves new budget", "The council approved the budget on Tuesday.",
                        "It takes effect in May.");
    }

    @Test
    void languagesWithoutAModelUseTheFallbackSplitter() {
        String italian = "Il governo ha annunciato lunedì un aumento delle tasse sul carburante. "
                + "Gli automobilisti hanno protestato in molte città del paese.";
        NlpModels.SplitText split = nlp.split(italian);
        assertThat(split.language()).isEqualTo("it");
        assertThat(split.fallbackSplitter()).isTrue();
        assertThat(split.sentences()).hasSize(2);
        NlpModels.SplitText english = nlp.split("The government announced a fuel tax rise on Monday. Drivers protested.");
        assertThat(english.fallbackSplitter()).isFalse();
    }

    @Test
    void tokensStopwordsAndStems() {
        assertThat(nlp.tokenize("en", "Prices didn't rise.")).contains("Prices", "rise", ".");
        assertThat(nlp.stopwords("de")).contains("und", "der");
        assertThat(nlp.stopwords("fr")).contains("les", "et");
        assertThat(nlp.stem("en", "running")).isEqualTo("run");
        assertThat(nlp.stem("de", "häuser")).isEqualTo("haus");
        assertThat(nlp.termAnalyzer("en").terms("The markets were rallying, and the MARKET rallied."))
                .containsExactly("market", "ralli", "market", "ralli");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Acme Corp. said on Monday it would cut jobs. Gov. Smith criticised the plan. Talks resume soon.";
        List<String> expected = sentences(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    nlp.detectLanguage(text);
                    return sentences(text);
                }));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
