package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daybrief.summarize.Redundancy;
import org.junit.jupiter.api.Test;

class StorySummarizerTest {

    private static final String MERIDIAN = "The Kellford City Council voted 9-4 on Monday evening to approve a 7.2-mile "
            + "extension of the city's tram network, ending nearly three years of debate over the project's cost and "
            + "route. The extension will run from the Central Station interchange through the Old Mill district to "
            + "Westgate Medical Center, adding 11 new stops. Construction is expected to begin in spring 2026, with "
            + "the first trams carrying passengers by late 2029.";
    private static final String LAKESIDE = "Kellford's long-debated tram extension cleared its biggest hurdle on Monday "
            + "evening, when city councillors voted 9 to 4 to approve the $610 million project. Supporters packed the "
            + "chamber's public gallery and cheered as the result was announced after a six-hour session. Opponents "
            + "said they would keep pressing for a cheaper bus rapid transit line on the same tram route.";

    @Test
    void aParaphraseOfAChosenSentenceGivesWayToTheNextBestNewOne() {
        StorySummarizer summarizer = new StorySummarizer(TextTools.ruleBased());

        List<String> chosen = summarizer.summarize(List.of(
                new StorySummarizer.Source("Council approves tram extension", MERIDIAN, "en"),
                new StorySummarizer.Source("Tram extension wins council vote, 9 to 4", LAKESIDE, "en")), 4)
                .stream().map(c -> c.sentence().text()).toList();

        // Each vote sentence alone is a good pick: the two together say one fact twice.
        assertThat(chosen).hasSize(4)
                .filteredOn(s -> s.contains("voted 9-4") || s.contains("voted 9 to 4")).hasSize(1);
        assertThat(chosen).anyMatch(s -> s.startsWith("Supporters") || s.startsWith("Opponents"));
    }

    @Test
    void aStorySaysItsFigureOnceWhenTwoReportsWordItDifferently() {
        String ledger = "The old Dunmore Airfield, empty since the last flight school moved out in 2014, will become "
                + "home to one of the biggest semiconductor projects on the East Coast after Solara Semiconductor Inc. "
                + "confirmed on Wednesday that it had chosen the town for a new factory. The company will spend an "
                + "estimated $3.2 billion on the plant, which will package and test high-performance chips used in "
                + "artificial intelligence servers and electric vehicles. Local officials said the project would "
                + "transform the town's economy within a decade.";
        String meridian = "Solara Semiconductor Inc. announced Wednesday that it will build a $3.2 billion advanced "
                + "chip packaging plant in Dunmore, a project state officials called the largest private investment "
                + "in the region's history. The facility, planned for a 180-acre site at the former Dunmore "
                + "Airfield, is expected to employ about 1,600 people when it reaches full production in 2029.";

        List<String> chosen = new StorySummarizer(TextTools.ruleBased()).summarize(List.of(
                new StorySummarizer.Source("Dunmore lands Solara chip plant", ledger, "en"),
                new StorySummarizer.Source("Solara picks Dunmore for chip plant", meridian, "en")), 4)
                .stream().map(c -> c.sentence().text()).toList();

        assertThat(chosen).hasSizeGreaterThanOrEqualTo(3).filteredOn(t -> t.contains("$3.2 billion")).hasSize(1);
    }

    @Test
    void aScoreAndTheSameScoreInWordsAreOneFactAndAFigureRepeatedWithItsNounIsARestatement() {
        Redundancy en = Redundancy.english();

        assertThat(en.analyse("voted 9-4")).isEqualTo(en.analyse("voted 9 to 4"));
        // The seeds' two reports of the chip plant: on words alone they share only "3", "2", "billion" and
        // "plant", a fifth of the shorter one; "package"/"packaging" and "chips"/"chip" are one word each.
        Redundancy.Analysed spend = en.analyse("The company will spend an estimated $3.2 billion on the plant, which "
                + "will package and test high-performance chips used in artificial intelligence servers and electric "
                + "vehicles.");
        Redundancy.Analysed build = en.analyse("Solara Semiconductor Inc. announced Wednesday that it will build a "
                + "$3.2 billion advanced chip packaging plant in Dunmore, a project state officials called the largest "
                + "private investment in the region's history.");
        assertThat(Restatement.restates(spend, build)).isFalse();
        assertThat(Restatement.restates(Restatement.stems(spend, "en"), Restatement.stems(build, "en"))).isTrue();
        // Two sentences of one story about different things share a name and a year, not a fact.
        assertThat(Restatement.restates(
                en.analyse("Construction is expected to begin in spring 2026 in Kellford."),
                en.analyse("Opponents in Kellford said the 2026 start date was too early for a vote.")))
                .isFalse();
    }

    @Test
    void siteFurnitureOfEveryKindIsJunkWhateverItsCaseAndNewsIsNot() {
        // One sentence per alternative of the pattern: the cheap word check in front of it must let each through.
        List<String> junk = List.of("We use cookies to improve this site.",
                "Cookies help us give you the best experience.", "Please ENABLE JAVASCRIPT to watch.",
                "Sign up for our newsletter today.", "Log in now to read on.", "Subscribe here.",
                "This article was published by our partner.", "This story is available in print.",
                "This content was provided by a sponsor.", "Advertisement", "Sponsored content from a bank.",
                "This story has been updated to add a quote.", "Image copyright Getty Images",
                "Photo caption: the river at dawn.", "Join our mailing list.", "Contact details are below.",
                "Click here for more.", "Tap to expand.", "Read our terms of use.", "See our Privacy Policy.");
        for (String sentence : junk) {
            assertThat(StorySummarizer.isJunk(sentence)).as(sentence).isTrue();
        }
        assertThat(StorySummarizer.isJunk("The council has been asked to publish the image of the new tram."))
                .isFalse();
        assertThat(StorySummarizer.isJunk("Crews tapped the main to restore water to 4,000 homes.")).isFalse();
    }
}
