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
    @ValueSource(strings = {"es", "it", "pt", "es-2", "it-2", "pt-2"})
    void articleSplitsIntoItsSentencesVerbatim(String article) {
        Articles.of(article).assertDetectedAndSplitVerbatim(nlp, article.substring(0, 2));
    }

    @Test
    void inflectedFormsShareAStemAndFunctionWordsAreDropped() {
        assertThat(FullListTerms.of("es", "la autodeterminación de las autodeterminaciones"))
                .containsExactly("autodetermin", "autodetermin");
        assertThat(FullListTerms.of("it", "il mercato e i mercati")).containsExactly("merc", "merc");
        assertThat(FullListTerms.of("pt", "os moradores e o morador")).containsExactly("morador", "morador");
        assertThat(FullListTerms.of("ca", "les eleccions i l'elecció")).containsOnly("elec");
    }

    @Test
    void abbreviationsThatEndASentenceBeforeACapitalAndQuotesInSpanishItalianPortuguese() {
        assertThat(split("es", "Vendieron muebles, lámparas, cuadros, etc. Luego cerraron la tienda. "
                + "«No volveremos», dijo la Sra. Pérez, p. ej. a los vecinos. ¿Quién sabe?"))
                .containsExactly("Vendieron muebles, lámparas, cuadros, etc.", "Luego cerraron la tienda.",
                        "«No volveremos», dijo la Sra. Pérez, p. ej. a los vecinos.", "¿Quién sabe?");
        assertThat(split("it", "Lo ha detto l'ass. Rossi della Alfa S.p.A. di Torino. Il cantiere riapre."))
                .containsExactly("Lo ha detto l'ass. Rossi della Alfa S.p.A. di Torino.", "Il cantiere riapre.");
        assertThat(split("pt", "O Dr. Silva visitou a Av. Brasil, n.º 12. Depois voltou ao hospital."))
                .containsExactly("O Dr. Silva visitou a Av. Brasil, n.º 12.", "Depois voltou ao hospital.");
    }

    private static java.util.List<String> split(String language, String text) {
        return new RuleBasedSplitter(language).split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void catalanAndRomanianAbbreviationsDoNotEndSentences() {
        assertThat(split("ca", "La Sra. Puig va visitar l'Av. Diagonal, núm. 12. Després va tornar a casa."))
                .containsExactly("La Sra. Puig va visitar l'Av. Diagonal, núm. 12.", "Després va tornar a casa.");
        assertThat(split("ro", "Dl. Popescu locuiește pe str. Lipscani, nr. 5. Proiectul a costat 3 mil. lei. "
                + "Lucrările încep luni."))
                .containsExactly("Dl. Popescu locuiește pe str. Lipscani, nr. 5.", "Proiectul a costat 3 mil. lei.",
                        "Lucrările încep luni.");
    }
}
