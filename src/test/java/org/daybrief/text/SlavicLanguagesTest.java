package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slavic languages: each article (see {@link Articles}) is detected and split into its six sentences exactly; words are stemmed and stopwords dropped. */
class SlavicLanguagesTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "ru", "pl-2", "ru-2"})
    void articleSplitsIntoItsSentencesVerbatim(String article) {
        Articles.of(article).assertDetectedAndSplitVerbatim(nlp, article.substring(0, 2));
    }

    @Test
    void inflectedFormsShareAStemAndFunctionWordsAreDropped() {
        assertThat(FullListTerms.of("ru", "выставка и выставки с выставкой"))
                .containsExactly("выставк", "выставк", "выставк");
        // no Snowball stemmer for Polish: Lucene's stopwords still go
        assertThat(FullListTerms.of("pl", "to jest nowe centrum kultury, które się otwiera"))
                .containsExactly("centrum", "kultury", "otwiera");
    }

    @Test
    void abbreviationsThatEndASentenceBeforeACapitalAndQuotesInPolishAndRussian() {
        assertThat(split("pl", "Sprzedawano książki, płyty, obrazy itd. Potem sklep zamknięto. "
                + "Firma Alfa sp. z o.o. ma siedzibę np. w Gdyni. „To koniec” – powiedział prezes."))
                .containsExactly("Sprzedawano książki, płyty, obrazy itd.", "Potem sklep zamknięto.",
                        "Firma Alfa sp. z o.o. ma siedzibę np. w Gdyni.", "„To koniec” – powiedział prezes.");
        assertThat(split("ru", "Здесь продавали книги, пластинки и т. д. Потом магазин закрыли. "
                + "Он родился в г. Казань в 1950 г. В Москве он учился у А. С. Петрова. "
                + "Он сказал: „Это конец.“ Никто не спорил. Парк обошёлся в 300 млн руб. Идею поддержал мэр."))
                .containsExactly("Здесь продавали книги, пластинки и т. д.", "Потом магазин закрыли.",
                        "Он родился в г. Казань в 1950 г.", "В Москве он учился у А. С. Петрова.",
                        "Он сказал: „Это конец.“", "Никто не спорил.", "Парк обошёлся в 300 млн руб.",
                        "Идею поддержал мэр.");
    }

    private static java.util.List<String> split(String language, String text) {
        return new RuleBasedSplitter(language).split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void czechAndUkrainianAbbreviationsDoNotEndSentences() {
        assertThat(split("cs", "Na nám. Míru promluvil prof. Novák, tzv. otec projektu. Stavba stála 40 mil. Kč. "
                + "Otevření je plánováno na pondělí."))
                .containsExactly("Na nám. Míru promluvil prof. Novák, tzv. otec projektu.", "Stavba stála 40 mil. Kč.",
                        "Otevření je plánováno na pondělí.");
        assertThat(split("uk", "Парк на вул. Хрещатик відкрив проф. Петренко. Він коштував 30 млн грн. "
                + "Відвідувачі були задоволені."))
                .containsExactly("Парк на вул. Хрещатик відкрив проф. Петренко.", "Він коштував 30 млн грн.",
                        "Відвідувачі були задоволені.");
    }
}
