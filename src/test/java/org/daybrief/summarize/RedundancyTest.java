package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedundancyTest {

    private final Redundancy redundancy = Redundancy.english();

    @Test
    void contentWordsAreLowerCasedWithoutStopwordsAndNumbersWrittenOneWay() {
        assertThat(redundancy.contentWords("The council voted 9-4 on Monday."))
                .containsExactlyInAnyOrder("council", "voted", "9", "4", "monday");
        assertThat(redundancy.contentWords("Councillors voted nine to four."))
                .containsExactlyInAnyOrder("councillors", "voted", "9", "4");
        assertThat(redundancy.contentWords("It costs $610m, a U.S. firm said."))
                .containsExactlyInAnyOrder("costs", "610", "million", "us_", "firm");
        assertThat(redundancy.contentWords("The US plant")).containsExactlyInAnyOrder("us_", "plant");
    }

    @Test
    void aSentenceWithAClauseInsertedRepeatsTheOriginal() {
        String first = "Britain has been ranked only the 27th best country in the world.";
        String again = "Britain has been ranked, according to a survey of 130 nations, only the 27th best country "
                + "in the world to live in.";
        assertThat(redundancy.overlap(first, again)).isEqualTo(1.0);
        assertThat(redundancy.repeats(first, again)).isTrue();
        assertThat(redundancy.repeatsItself(List.of(first, "Norway tops the list.", again))).isTrue();
        assertThat(redundancy.repeatsItself(List.of(first, "Norway tops the list for the fourth year."))).isFalse();
    }

    @Test
    void theSameVoteWrittenTwoWaysIsOneFactThoughBelowTheRepeatThreshold() {
        String first = "The Kellford City Council voted 9-4 on Monday evening to approve a 7.2-mile extension of "
                + "the tram line.";
        String second = "After a four-hour hearing, city councillors voted 9 to 4 to approve the $610 million project.";
        assertThat(redundancy.repeats(first, second)).isFalse();   // 5 of 11 content words: a paraphrase
        assertThat(redundancy.restates(first, second)).isTrue();   // ... of the same vote: 9, 4 and City shared
        assertThat(redundancy.restates(second, first)).isTrue();
    }

    @Test
    void sentencesSharingATopicButNotAFactAreNotRestatements() {
        String first = "The Kellford City Council voted 9-4 on Monday evening to approve a 7.2-mile extension.";
        String other = "Opponents of the extension say the council ignored the cost to Kellford taxpayers.";
        assertThat(redundancy.overlap(first, other)).isGreaterThan(Redundancy.FACT_OVERLAP);
        assertThat(redundancy.restates(first, other)).isFalse();   // Kellford and Council: names, no number
        assertThat(redundancy.overlap("", first)).isZero();
    }

    @Test
    void otherLanguagesUseTheirStopwordsAndKeepAccentedLetters() {
        Redundancy german = Redundancy.forLanguage("de");
        assertThat(german.contentWords("Der Stadtrat stimmte für die Verlängerung"))
                .containsExactlyInAnyOrder("stadtrat", "stimmte", "verlängerung");
    }

    @Test
    void aStretchCutAtWhiteSpaceIsAnalysedAsItsOwnText() {
        String text = "Officials said the U.S. firm paid $610m to Acme Corp last year The deal Was signed 5m times";
        Redundancy.Spans spans = redundancy.spans(text);
        for (int cut = 0; cut < text.length(); cut++) {
            if (text.charAt(cut) != ' ') {
                continue;
            }
            // The word after the cut opens its stretch: a capital there makes no name ("The", "Was").
            assertThat(spans.between(0, cut)).isEqualTo(redundancy.analyse(text.substring(0, cut)));
            assertThat(spans.between(cut + 1, text.length())).isEqualTo(redundancy.analyse(text.substring(cut + 1)));
        }
        assertThat(spans.between(0, text.length())).isEqualTo(redundancy.analyse(text));
        assertThat(redundancy.analyse(text.substring(text.indexOf("The deal"))).facts()).containsExactly("5");
        assertThat(redundancy.analyse(text).facts()).containsExactlyInAnyOrder("us_", "610", "acme", "corp", "5");
    }

    @Test
    void sharedWordsAreCountedByTheirCharactersEvenWhenHashCodesCollide() {
        // "Aa" and "BB" have one hash code; so do "AaAa", "BBBB", "AaBB" and "BBAa".
        Redundancy.Analysed a = new Redundancy.Analysed(java.util.Set.of("Aa", "AaAa", "BBAa", "plant"),
                java.util.Set.of());
        Redundancy.Analysed b = new Redundancy.Analysed(java.util.Set.of("BB", "BBBB", "BBAa", "AaAa", "plant"),
                java.util.Set.of());
        assertThat(Redundancy.shared(a, b)).isEqualTo(3); // AaAa, BBAa, plant; not Aa
        assertThat(Redundancy.contained(a, b)).isEqualTo(0.75);
        assertThat(Redundancy.contained(b, a)).isEqualTo(0.6);
    }
}
