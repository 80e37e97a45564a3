package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyphenatedTest {

    @Test
    void piecesOfAHyphenatedWordAreOneTokenWithTheTagOfItsLastWordPiece() {
        String text = "The Ross-shire car park - a 22-year-old site.";
        String[] pieces = {"The", "Ross", "-shire", "car", "park", "-", "a", "22", "-", "year", "-", "old", "site", "."};
        // the English tagger calls "-shire" punctuation
        String[] tags = {"DET", "PROPN", "PUNCT", "NOUN", "NOUN", "PUNCT", "DET", "NUM", "PUNCT", "NOUN", "PUNCT",
                "ADJ", "NOUN", "PUNCT"};

        Hyphenated joined = Hyphenated.join(text, pieces, tags);

        // the spaced dash stays a token of its own
        assertThat(joined.tokens()).containsExactly("The", "Ross-shire", "car", "park", "-", "a", "22-year-old",
                "site", ".");
        assertThat(joined.tags()).containsExactly("DET", "PROPN", "NOUN", "NOUN", "PUNCT", "DET", "ADJ", "NOUN",
                "PUNCT");
    }

    @Test
    void withoutHyphensOrTagsTheTokensStay() {
        String[] pieces = {"hip", "-", "hop"};

        assertThat(Hyphenated.join("hip-hop", pieces, null).tokens()).containsExactly("hip-hop");
        assertThat(Hyphenated.join("hip-hop", pieces, null).tags()).isNull();
        assertThat(Hyphenated.join("hip - hop", pieces, null).tokens()).containsExactly("hip", "-", "hop");
    }
}
