package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daybrief.text.RuleBasedSplitter;
import org.daybrief.text.TermAnalyzer;
import org.junit.jupiter.api.Test;

/** Each scorer on a small hand-made document whose right answer is known. */
class ScorersTest {

    private static ScoringContext doc(String title, String body) {
        return new ScoringContext(title, body, new RuleBasedSplitter().split(body), TermAnalyzer.simple());
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    private static final String FLOOD = "Heavy rain fell across the region overnight. "          // 0
            + "The river burst its banks and flooded the town centre, forcing the town to evacuate homes. " // 1
            + "Local football results were postponed. "                                             // 2
            + "Rescue teams pulled residents from flooded homes as the river kept rising in the town. " // 3
            + "A bakery celebrated its anniversary.";                                               // 4

    @Test
    void titleOverlapPrefersTheSentenceWithTheHeadlinesKeyTerms() {
        double[] s = new TitleOverlapScorer().score(doc("Football results postponed", FLOOD));
        assertThat(argmax(s)).isEqualTo(2);
        assertThat(s[4]).isZero();
    }

    @Test
    void titleOverlapIsZeroWithoutTitle() {
        assertThat(new TitleOverlapScorer().score(doc(null, FLOOD))).containsOnly(0.0);
    }

    @Test
    void positionDecreasesWithPosition() {
        double[] s = PositionScorer.lead().score(doc(null, FLOOD));
        for (int i = 1; i < s.length; i++) {
            assertThat(s[i]).isLessThan(s[i - 1]);
        }
    }

    @Test
    void centralityScorersPreferTheSentencesAboutTheMainTopic() {
        ScoringContext d = doc(null, FLOOD);
        for (SentenceScorer scorer : List.of(new CentroidScorer(), new LexRankScorer(0.05, true), new TextRankScorer())) {
            double[] s = scorer.score(d);
            assertThat(argmax(s)).as(scorer.name()).isIn(1, 3);
            assertThat(s[4]).as(scorer.name()).isLessThan(s[1]);
            assertThat(s[2]).as(scorer.name()).isLessThan(s[3]);
        }
    }

    @Test
    void directedCentralityPrefersTheEarlierOfTwoRelatedSentences() {
        double[] s = new DirectedCentralityScorer(0.0, 1.0, -0.5).score(doc(null, FLOOD));
        // 1 and 3 are about the same flood; 1 comes first, so later sentences elaborate on it
        assertThat(s[1]).isGreaterThan(s[3]);
        assertThat(argmax(s)).isEqualTo(1);
    }

    @Test
    void lengthSaturatesAtTheCap() {
        double[] s = new LengthScorer(10).score(doc(null, "One two three four five. "
                + "One two three four five six seven eight nine ten eleven twelve."));
        assertThat(s[0]).isEqualTo(0.5);
        assertThat(s[1]).isEqualTo(1.0);
    }

    @Test
    void graphScorersOnlyLookAtTheFirstSentences() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ScoringContext.GRAPH_LIMIT + 5; i++) {
            b.append("Flood sentence number ").append(i).append(" about the flood. ");
        }
        double[] s = new LexRankScorer().score(doc(null, b.toString()));
        assertThat(s).hasSize(ScoringContext.GRAPH_LIMIT + 5);
        assertThat(s[ScoringContext.GRAPH_LIMIT + 1]).isZero();
        assertThat(s[0]).isPositive();
    }

    @Test
    void formPenalisesQuotesQuestionsFragmentsAndFirstPerson() {
        double[] s = new FormScorer(0.4, 0.7, 0.5, 0.3, 8).score(doc(null,
                "The central bank raised interest rates by half a point on Thursday. "
                        + "\"This is a difficult moment for the economy,\" the governor told reporters afterwards. "
                        + "What happens next for the millions of borrowers across the country? "
                        + "Markets fell. "
                        + "We think the US economy will slow down over the next two years."));
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[1]).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s[2]).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s[3]).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s[4]).isCloseTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void learnedScorerPrefersAnEarlyCentralStatementToAShortAsideAndNeverScoresBoilerplate() {
        String body = "Heavy rain fell across the region overnight, and the river burst its banks in the town centre. "
                + "Click here to sign up for our weather newsletter. "
                + "Local football results were postponed. "
                + "Rescue teams pulled residents from flooded homes as the river kept rising in the town centre. "
                + "But it was fine. "
                + "A bakery celebrated its anniversary.";
        ScoringContext d = doc("River floods town centre", body);
        double[] s = new LearnedScorer().score(d);
        assertThat(d.candidate(1)).isFalse();
        assertThat(s[1]).isZero();
        assertThat(s[0]).isGreaterThan(s[2]).isGreaterThan(s[5]);
        assertThat(s[3]).isGreaterThan(s[4]);
        assertThat(new LearnedScorer().score(d)).containsExactly(s); // deterministic
    }

    @Test
    void learnedScorerSpotsSentencesThatLeanOnTheirPredecessor() {
        assertThat(LearnedScorer.leans("But the plan failed.")).isTrue();
        assertThat(LearnedScorer.leans("Theresa May spoke.")).isFalse();
        assertThat(LearnedScorer.leans("He said so.")).isTrue();
        assertThat(LearnedScorer.leans("Heavy rain fell.")).isFalse();
    }

    @Test
    void theFirstSentenceLeansOnNothingSoAnArticleOpeningWithThisKeepsItsLead() {
        ScoringContext d = doc(null, "This dog certainly is his master's best friend after saving him from a grave. "
                + "The black pooch was filmed digging at the mud. This footage shows the rescue in full.");
        double[][] x = LearnedScorer.features(d);
        assertThat(x[0][13]).isZero();     // "This dog ...": the lead, nothing before it to lean on
        assertThat(x[2][13]).isEqualTo(1); // "This footage ...": leans on the sentence before
    }

    @Test
    void learnedScorerFeaturesSeeCaptionLabelsAndParagraphOpenings() {
        assertThat(LearnedScorer.labelled("Tragic: Olivia Bazlinton, 13, died after being struck by a train."))
                .isTrue();
        assertThat(LearnedScorer.labelled("The talks resumed at 10:30 on Monday, officials said.")).isFalse();
        assertThat(LearnedScorer.labelled("The minister, speaking to reporters outside parliament on Monday "
                + "evening, said: the plan stands.")).isFalse();
        ScoringContext d = doc("Floods", "Heavy rain fell across the region overnight. The river rose fast.\n\n"
                + "Rescue teams pulled residents from flooded homes. Schools stayed closed.");
        assertThat(d.paragraphStart(0)).isTrue();
        assertThat(d.paragraphStart(1)).isFalse();
        assertThat(d.paragraphStart(2)).isTrue();
        assertThat(d.paragraphStart(3)).isFalse();
        for (double[] row : LearnedScorer.features(d)) {
            assertThat(row).hasSize(LearnedScorer.FEATURES);
        }
    }
}
