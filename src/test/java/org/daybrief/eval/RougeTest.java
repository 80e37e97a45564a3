package org.daybrief.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

    /*
     * Hand computation. Tokens are at most 3 characters long, so nothing is stemmed.
     *   reference lines: [the cat sat on the mat] [a dog ran]      m = 9 tokens
     *   summary lines:   [the dog sat] [on a mat]                  n = 6 tokens
     * ROUGE-1: summary unigrams the, dog, sat, on, a, mat all occur in the reference -> hits 6;
     *   P = 6/6 = 1, R = 6/9 = 0.6667, F = 2*1*0.6667/1.6667 = 0.8
     * ROUGE-2: reference bigrams: the-cat cat-sat sat-on on-the the-mat mat-a a-dog dog-ran (8);
     *   summary bigrams: the-dog dog-sat sat-on on-a a-mat (5); common: sat-on -> 1;
     *   P = 1/5 = 0.2, R = 1/8 = 0.125, F = 2*0.2*0.125/0.325 = 0.153846
     * ROUGE-L (whole texts): LCS("the cat sat on the mat a dog ran", "the dog sat on a mat") = "the sat on mat" = 4;
     *   P = 4/6, R = 4/9, F = 2*(4/6)*(4/9)/((4/6)+(4/9)) = 0.533333
     * ROUGE-Lsum: reference line 1 vs "the dog sat": LCS "the sat" -> ref indices {0,2};
     *   vs "on a mat": LCS "on mat" -> {3,5}; union {the, sat, on, mat} -> 4 hits;
     *   reference line 2 "a dog ran" vs "the dog sat": {dog}; vs "on a mat": {a}; union {a, dog} -> 2 hits;
     *   hits = 6 (each within the token counts of both sides): P = 6/6 = 1, R = 6/9, F = 0.8
     */
    @Test
    void handComputedExample() {
        Rouge.Result r = Rouge.score("the cat sat on the mat\na dog ran", "the dog sat\non a mat");
        assertThat(r.rouge1().precision()).isCloseTo(1.0, within(1e-9));
        assertThat(r.rouge1().recall()).isCloseTo(6.0 / 9, within(1e-9));
        assertThat(r.rouge1().f1()).isCloseTo(0.8, within(1e-9));
        assertThat(r.rouge2().f1()).isCloseTo(2 * 0.2 * 0.125 / 0.325, within(1e-9));
        assertThat(r.rougeL().f1()).isCloseTo(2 * (4.0 / 6) * (4.0 / 9) / (4.0 / 6 + 4.0 / 9), within(1e-9));
        assertThat(r.rougeLsum().precision()).isCloseTo(1.0, within(1e-9));
        assertThat(r.rougeLsum().f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void lsumDiffersFromLWhenSentenceOrderDiffers() {
        // Whole-text LCS of "a b c / d e f" vs "d e f / a b c" is 3 tokens; the union LCS per line finds all 6.
        Rouge.Result r = Rouge.score("alpha beta gamma\ndelta epsilon zeta", "delta epsilon zeta\nalpha beta gamma");
        assertThat(r.rougeL().f1()).isCloseTo(0.5, within(1e-9));
        assertThat(r.rougeLsum().f1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void tokensAreLowerCasedAlphanumericRunsAndStemmedOnlyWhenLongerThanThree() {
        assertThat(Rouge.tokenize("Running RUNS, run; U.S. can't 42%"))
                .containsExactly("run", "run", "run", "u", "s", "can", "t", "42");
        // "was" (3 chars) stays; "cats" (4 chars) is stemmed to "cat"
        assertThat(Rouge.tokenize("was cats")).containsExactly("was", "cat");
    }

    @Test
    void edgeCases() {
        assertThat(Rouge.score("the cat sat", "").rouge1().f1()).isZero();
        assertThat(Rouge.score("", "the cat sat").rougeLsum().f1()).isZero();
        assertThat(Rouge.score("!!! ...", "?? --").rouge2().f1()).isZero();
        Rouge.Result same = Rouge.score("The Cat sat.", "the cat SAT");
        assertThat(same.rouge1().f1()).isEqualTo(1.0);
        assertThat(same.rouge2().f1()).isEqualTo(1.0);
        assertThat(same.rougeLsum().f1()).isEqualTo(1.0);
        // a single token has no bigrams
        assertThat(Rouge.score("cat", "cat").rouge2().f1()).isZero();
        // repeated summary tokens count only as often as in the reference (clipped counts)
        assertThat(Rouge.score("cat dog", "cat cat cat cat").rouge1().precision()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void otherLanguagesKeepUnicodeWordsWholeAndUseTheirSnowballStemmer() {
        // [a-z0-9] cuts "autodeterminación" in two
        assertThat(Rouge.tokenize("en", "autodeterminación")).containsExactly("autodeterminaci", "n");
        assertThat(Rouge.tokenize("es", "La autodeterminación, las autodeterminaciones"))
                .containsExactly("la", "autodetermin", "las", "autodetermin");
        assertThat(Rouge.tokenize("ru", "Выставки и выставка")).containsExactly("выставк", "и", "выставк");
        // no Snowball stemmer: whole lower-case words
        assertThat(Rouge.tokenize("pl", "Gdańsku, 2026")).containsExactly("gdańsku", "2026");
        assertThat(Rouge.score("es", "Las elecciones catalanas", "la elección catalana").rouge1().f1())
                .isGreaterThan(Rouge.score("Las elecciones catalanas", "la elección catalana").rouge1().f1());
    }
}
