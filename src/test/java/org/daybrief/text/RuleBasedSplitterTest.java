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

    @Test
    void germanOrdinalBeforeAMonthOrALowerCaseWordDoesNotEndASentence() {
        String text = "Die Stadtwerke Lindenau erhöhen zum 1. Januar 2026 ihre Strompreise. Am 3. Okt. 2025 kam die "
                + "Ankündigung. Lindenau ist die 2. größte Stadt im Kreis. Die Mannschaft wurde 2. Die Fans jubelten.";
        List<String> s = new RuleBasedSplitter("de").split(text).stream().map(x -> x.of(text)).toList();
        assertThat(s).containsExactly("Die Stadtwerke Lindenau erhöhen zum 1. Januar 2026 ihre Strompreise.",
                "Am 3. Okt. 2025 kam die Ankündigung.", "Lindenau ist die 2. größte Stadt im Kreis.",
                "Die Mannschaft wurde 2.", "Die Fans jubelten.");
    }

    /**
     * "U.S." before a capitalised word: kept together ("the U.S. Senate"), because a name or noun after
     * "U.S." is far more common in news than a sentence ending in "U.S."; split only when an ordinary
     * sentence opener follows ("... to the U.S. He ..."). A sentence that ends in "U.S." and goes on with a
     * name ("... in the U.S. Harvard ...") stays joined: the accepted cost of this rule.
     */
    @Test
    void usAtTheEndOfASentenceSplitsOnlyBeforeASentenceOpener() {
        assertThat(split("He moved to the U.S. He later became a citizen. The U.S. Senate voted."))
                .containsExactly("He moved to the U.S.", "He later became a citizen.", "The U.S. Senate voted.");
        assertThat(split("Talks with the U.S. Treasury went on. She studied in the U.S. The course was hard."))
                .containsExactly("Talks with the U.S. Treasury went on.", "She studied in the U.S.",
                        "The course was hard.");
        assertThat(split("She studied in the U.S. Harvard offered her a place."))
                .containsExactly("She studied in the U.S. Harvard offered her a place.");
    }
}
