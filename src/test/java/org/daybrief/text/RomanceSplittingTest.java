package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Romance languages: each article (see {@link Articles}) is detected and split into its six sentences exactly. */
class RomanceSplittingTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es","it","pt"})
    void articleSplitsIntoItsSentencesVerbatim(String language) {
        Articles article = Articles.of(language);
        assertThat(nlp.detectLanguage(article.text())).isEqualTo(language);
        assertThat(article.split(nlp)).hasSize(6).containsExactlyElementsOf(article.sentences());
    }
}
