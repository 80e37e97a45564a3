package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Germanic languages: each article (see {@link Articles}) is detected and split into its six sentences exactly; words are stemmed and stopwords dropped. */
class GermanicLanguagesTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "nl-2"})
    void articleSplitsIntoItsSentencesVerbatim(String article) {
        Articles.of(article).assertDetectedAndSplitVerbatim(nlp, article.substring(0, 2));
    }

    @Test
    void inflectedFormsShareAStemAndFunctionWordsAreDropped() {
        assertThat(FullListTerms.of("nl", "de gemeente en de gemeenten")).containsExactly("gemeent", "gemeent");
        assertThat(FullListTerms.of("sv", "staden och städerna")).hasSize(2);
        assertThat(FullListTerms.of("da", "kommunen og kommunerne")).containsExactly("kommun", "kommun");
    }

    @Test
    void dutchAbbreviationsBeforeNamesAndAtTheEndOfASentence() {
        String text = "Er kwamen o.a. Mevr. Bakker en dhr. De Boer, bijv. uit Utrecht. Zij kochten fietsen, "
                + "sloten enz. Daarna gingen ze naar huis.";
        assertThat(new RuleBasedSplitter("nl").split(text).stream().map(s -> s.of(text)).toList()).containsExactly(
                "Er kwamen o.a. Mevr. Bakker en dhr. De Boer, bijv. uit Utrecht.", "Zij kochten fietsen, sloten enz.",
                "Daarna gingen ze naar huis.");
    }

    @Test
    void nordicAbbreviationsDoNotEndSentences() {
        assertThat(rules("sv", "Staden bygger bl.a. nya cykelbanor, enligt dir. Lind. Kostnaden blir 40 milj. kr. "
                + "Arbetet börjar kl. 7 på måndag."))
                .containsExactly("Staden bygger bl.a. nya cykelbanor, enligt dir. Lind.", "Kostnaden blir 40 milj. kr.",
                        "Arbetet börjar kl. 7 på måndag.");
        assertThat(rules("da", "Byen får bl.a. nye cykelstier, siger prof. Hansen. Prisen er ca. 40 mio. kr. "
                + "Arbejdet begynder i morgen."))
                .containsExactly("Byen får bl.a. nye cykelstier, siger prof. Hansen.", "Prisen er ca. 40 mio. kr.",
                        "Arbejdet begynder i morgen.");
        assertThat(rules("no", "Byen får bl.a. nye sykkelveier, sier dir. Berg. Prisen er ca. 40 mill. kr. "
                + "Arbeidet begynner i morgen."))
                .containsExactly("Byen får bl.a. nye sykkelveier, sier dir. Berg.", "Prisen er ca. 40 mill. kr.",
                        "Arbeidet begynner i morgen.");
    }

    private static java.util.List<String> rules(String language, String text) {
        return new RuleBasedSplitter(language).split(text).stream().map(s -> s.of(text)).toList();
    }
}
