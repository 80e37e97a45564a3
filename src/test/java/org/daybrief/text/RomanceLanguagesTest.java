package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Romance languages: each article (see {@link Articles}) is detected and split into its six sentences exactly; words are stemmed and stopwords dropped. */
class RomanceLanguagesTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es","it","pt"})
    void articleSplitsIntoItsSentencesVerbatim(String language) {
        Articles.of(language).assertDetectedAndSplitVerbatim(nlp, language);
    }

    @Test
    void inflectedFormsShareAStemAndFunctionWordsAreDropped() {
        assertThat(FullListTerms.of("es", "la autodeterminación de las autodeterminaciones"))
                .containsExactly("autodetermin", "autodetermin");
        assertThat(FullListTerms.of("it", "il mercato e i mercati")).containsExactly("merc", "merc");
        assertThat(FullListTerms.of("pt", "os moradores e o morador")).containsExactly("morador", "morador");
        assertThat(FullListTerms.of("ca", "les eleccions i l'elecció")).containsOnly("elec");
    }
}
