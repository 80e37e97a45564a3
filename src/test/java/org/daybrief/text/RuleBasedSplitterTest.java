package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedSplitterTest {

    private static List<String> split(String text) {
        return new RuleBasedSplitter().split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnFinalPunctuationFollowedBySpace() {
        assertThat(split("It rained. Then it stopped! Why? Nobody knows."))
                .containsExactly("It rained.", "Then it stopped!", "Why?", "Nobody knows.");
    }

    @Test
    void keepsQuotesWithTheirSentenceAndDoesNotSplitBeforeLowerCase() {
        assertThat(split("\"We won.\" The crowd cheered. Prices fell to 3.5 per cent. e.g. this stays."))
                .containsExactly("\"We won.\"", "The crowd cheered.", "Prices fell to 3.5 per cent. e.g. this stays.");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(split("Acme Corp. said Gov. Smith met U.S. officials on Jan. 5 at 9 a.m. local time. It went well."))
                .containsExactly("Acme Corp. said Gov. Smith met U.S. officials on Jan. 5 at 9 a.m. local time.",
                        "It went well.");
    }

    @Test
    void headlineLineIsNeverGluedToTheNextSentence() {
        String text = "Markets rally on rate cut\nShares rose sharply on Tuesday. Bonds fell.\n\nAnalysis\nMore to come.";
        assertThat(split(text)).containsExactly("Markets rally on rate cut", "Shares rose sharply on Tuesday.",
                "Bonds fell.", "Analysis", "More to come.");
    }

    @Test
    void hardWrappedLinesAreJoined() {
        String text = "The committee said on Monday that the proposal, which had been debated\n"
                + "for months, would go ahead. Critics disagreed.";
        assertThat(split(text)).containsExactly(
                "The committee said on Monday that the proposal, which had been debated\nfor months, would go ahead.",
                "Critics disagreed.");
    }

    @Test
    void offsetsAreVerbatimAndTrimmed() {
        String text = "  First one.   Second one.  \n\n  Third one.  ";
        List<Sentence> s = new RuleBasedSplitter().split(text);
        assertThat(s).hasSize(3);
        assertThat(s.get(2).of(text)).isEqualTo("Third one.");
        assertThat(text.substring(s.get(1).start(), s.get(1).end())).isEqualTo("Second one.");
    }
}
