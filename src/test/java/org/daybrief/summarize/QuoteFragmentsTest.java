package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFragmentsTest {

    @Test
    void theOpeningAndClosingPiecesOfAQuotationAreFragments() {
        assertThat(QuoteFragments.isFragment("\u201CHe likes to go low to the right.")).isTrue();
        assertThat(QuoteFragments.isFragment("Tonight I guessed right.\u201D")).isTrue();
        assertThat(QuoteFragments.isFragment("\"The three years of stagnation came to an end in 2004.")).isTrue();
        assertThat(QuoteFragments.isFragment("They were gone fast.\"")).isTrue();
        assertThat(QuoteFragments.isFragment("\u00ABC'est une bonne nouvelle.")).isTrue();
        assertThat(QuoteFragments.isFragment("\u201EDas ist eine gute Nachricht f\u00FCr die Stadt.")).isTrue();
    }

    @Test
    void germanAndFrenchQuotationsClosedInTheSentenceAreNot() {
        // German opens with „ and closes with “, which opens a quotation in English.
        assertThat(QuoteFragments.isFragment("\u201EDas ist eine gute Nachricht\u201C, sagte der B\u00FCrgermeister."))
                .isFalse();
        assertThat(QuoteFragments.isFragment("\u201EWir sind froh.\u201C")).isFalse();
        assertThat(QuoteFragments.isFragment("\u00AB C'est une bonne nouvelle \u00BB, a d\u00E9clar\u00E9 le maire."))
                .isFalse();
        assertThat(QuoteFragments.isFragment("\u00BBDas ist gut\u00AB, sagte er.")).isFalse();
    }

    @Test
    void aQuotationWithItsSpeakerOrClosedInTheSentenceIsNot() {
        assertThat(QuoteFragments.isFragment("\u201CI watched a lot of video of him this week,\u201D Silva said."))
                .isFalse();
        assertThat(QuoteFragments.isFragment("A spokesman said: \"I can't see any difference.")).isFalse();
        assertThat(QuoteFragments.isFragment("\u201CWe were the better side.\u201D")).isFalse();
        assertThat(QuoteFragments.isFragment("Riverton manager Paul Grady said he was \u201Cgutted\u201D.")).isFalse();
        assertThat(QuoteFragments.isFragment("\"We didn't have this great plan,'' mom Mona Lisa Harding said."))
                .isFalse();
        // Apostrophes and single quotation marks are left alone.
        assertThat(QuoteFragments.isFragment("\u2018I'd be over the moon.")).isFalse();
        assertThat(QuoteFragments.isFragment("It is the players' night.")).isFalse();
        assertThat(QuoteFragments.isFragment("")).isFalse();
    }

    @Test
    void theSummaryOfAnArticleWithAQuotationLeavesItsStrayPiecesOut() {
        String body = "Easthaven United won the State Cup for the first time since 1998 on Monday night, beating "
                + "Riverton Athletic 4-3 in a penalty shootout after a tense 1-1 draw in front of 18,412 fans.\n"
                + "Goalkeeper Mateo Silva was the hero, diving to his left to save Riverton's fifth penalty.\n"
                + "\u201CI watched a lot of video of him this week,\u201D Silva said afterward, still wearing his gloves. "
                + "\u201CHe likes to go low to the right. Tonight I guessed right.\u201D\n"
                + "Riverton took the lead in the 27th minute when striker Kenji Watanabe headed in a corner.\n"
                + "Both sides had chances to win it in extra time, and Riverton hit the post in the 108th minute.\n"
                + "Easthaven coach Ann-Marie Kessler became the first woman to lead a men's team to the title.\n"
                + "The victory earns Easthaven a place in next year's national Open Cup and prize money of $250,000.\n"
                + "Easthaven returns to league action on Saturday at 7 p.m. against Millbrook FC.\n";

        List<String> chosen = Summarizer.createRuleBased("default").summarize("Easthaven lift State Cup", body, 10)
                .sentences().stream().map(ScoredSentence::text).toList();

        // Asked for all ten sentences, it gives the eight that are not stray pieces of the quotation.
        assertThat(chosen).hasSize(8)
                .noneMatch(s -> s.startsWith("\u201CHe likes"))
                .noneMatch(s -> s.startsWith("Tonight I guessed"))
                .anyMatch(s -> s.startsWith("\u201CI watched"));
    }
}
