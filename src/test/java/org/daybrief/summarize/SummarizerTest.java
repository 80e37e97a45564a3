package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    static final String BODY = """
            By Jane Doe, Staff Reporter
            Published: 12:00, 5 March 2024 | Updated: 13:10, 5 March 2024

            The city council approved a new budget for schools on Tuesday after a long debate.

            Teachers welcomed the budget, which raises school spending by ten per cent next year.
            Photo: Council members vote on the budget (Reuters)

            The budget also funds two new libraries and repairs to old school buildings.
            Click here to sign up for our daily newsletter.
            Opponents said the council approved the budget without asking parents.
            The council approved a new budget for schools on Tuesday after a long debate!
            Read more
            """;

    @Test
    void leadPicksTheFirstRealSentencesSkippingBylinesStampsAndCaptions() {
        Summary s = Summarizer.createRuleBased("lead").summarize("Council approves school budget", BODY, 3);
        assertThat(s.sentences()).extracting(ScoredSentence::text).containsExactly(
                "The city council approved a new budget for schools on Tuesday after a long debate.",
                "Teachers welcomed the budget, which raises school spending by ten per cent next year.",
                "The budget also funds two new libraries and repairs to old school buildings.");
        assertThat(s.sentences()).extracting(ScoredSentence::index).isSorted();
    }

    @Test
    void nearIdenticalSentencesAreNeverBothChosen() {
        for (String method : Summarizer.METHODS) {
            Summary s = Summarizer.createRuleBased(method).summarize(null, BODY, 5);
            long copies = s.sentences().stream().filter(x -> x.text().startsWith("The city council approved")
                    || x.text().startsWith("The council approved a new budget")).count();
            assertThat(copies).as(method).isLessThanOrEqualTo(1);
            assertThat(s.sentences()).as(method).extracting(ScoredSentence::text).noneMatch(t ->
                    t.startsWith("By Jane") || t.startsWith("Published") || t.startsWith("Photo")
                            || t.startsWith("Click here") || t.equals("Read more"));
        }
    }

    @Test
    void titleOverlapMethodPicksTheSentenceRepeatingTheHeadline() {
        Summary s = Summarizer.createRuleBased("title").summarize("New libraries funded", BODY, 1);
        assertThat(s.sentences()).extracting(ScoredSentence::text)
                .containsExactly("The budget also funds two new libraries and repairs to old school buildings.");
    }

    @Test
    void sentencesAreVerbatimInDocumentOrderWithScoresAndFeatures() {
        Summary s = Summarizer.createRuleBased("default").summarize("Council approves school budget", BODY, 3);
        assertThat(s.sentences()).hasSize(3);
        assertThat(s.sentences()).extracting(ScoredSentence::index).isSorted().doesNotHaveDuplicates();
        for (ScoredSentence x : s.sentences()) {
            assertThat(BODY).contains(x.text());
            assertThat(x.text()).isEqualTo(x.text().strip());
            assertThat(x.score()).isBetween(0.0, 1.0);
            assertThat(x.features()).containsKeys("position", "textrank", "lexrank", "title", "form");
            assertThat(x.features().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        }
        assertThat(s.fallbackSplitter()).isTrue();
    }

    @Test
    void neverChoosesTheTitleOrAFrontMatterLine() {
        String body = "date 2025-09-22\nsource: Wire\nCouncil approves school budget\n\n"
                + "The council approved the budget. Parents were pleased. Teachers agreed.";
        Summary s = Summarizer.createRuleBased("default").summarize("Council approves school budget", body, 5);
        assertThat(s.sentences()).extracting(ScoredSentence::text).containsExactly(
                "The council approved the budget.", "Parents were pleased.", "Teachers agreed.");
    }

    @Test
    void fewerSentencesOnlyWhenTheDocumentHasFewer() {
        Summary s = Summarizer.createRuleBased("textrank").summarize(null, "One sentence only here.", 3);
        assertThat(s.sentences()).hasSize(1);
        assertThat(s.sentenceCount()).isEqualTo(1);
        assertThat(Summarizer.createRuleBased("default").summarize(null, "", 3).sentences()).isEmpty();
    }

    @Test
    void isDeterministic() {
        Summarizer summarizer = Summarizer.createRuleBased("default");
        Summary first = summarizer.summarize("Budget", BODY, 3);
        for (int i = 0; i < 20; i++) {
            assertThat(summarizer.summarize("Budget", BODY, 3)).isEqualTo(first);
        }
        // ties are broken by position: identical scores, earliest sentences win
        Summary ties = Summarizer.createRuleBased("centroid").summarize(null, "Alpha beta. Gamma delta. Epsilon zeta.", 2);
        assertThat(ties.sentences()).extracting(ScoredSentence::index).containsExactly(0, 1);
    }

    @Test
    void featureOrderIsStableForJson() {
        // A short document gets the blend; an article of 8 or more candidate sentences the learned model, with
        // its main inputs beside its score.
        Summary brief = Summarizer.createRuleBased("default").summarize(null, BODY, 1);
        assertThat(List.copyOf(brief.sentences().get(0).features().keySet()))
                .containsExactly("position", "textrank", "lexrank", "title", "form");
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            article.append("Sentence number ").append(i + 1).append(" of the article reports a detail about the "
                    + "council budget and item ").append((char) ('a' + i)).append(". ");
        }
        Summary learned = Summarizer.createRuleBased("default").summarize(null, article.toString(), 1);
        assertThat(List.copyOf(learned.sentences().get(0).features().keySet()))
                .containsExactly("learned", "position", "textrank", "lexrank", "title", "form");
        assertThat(Summarizer.createRuleBased("default").summarize(null, article.toString(), 1))
                .isEqualTo(learned); // deterministic
    }

    @Test
    void wordBudgetLimitsTheSummary() {
        Summary s = Summarizer.createRuleBased("lead").summarizeWords(null, BODY, 30);
        int words = s.sentences().stream().mapToInt(x -> x.text().split("\\s+").length).sum();
        assertThat(words).isLessThanOrEqualTo(30);
        assertThat(s.sentences()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void unknownMethodIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Summarizer.createRuleBased("magic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic").hasMessageContaining("default, blend, lead, textrank, lexrank, centroid");
    }

    static final String DOG = "This dog certainly is his master's best friend after saving him from a cold and muddy "
            + "grave. The farmer had slipped into a flooded ditch while walking the fields on Sunday evening. "
            + "Go fetch: This dog certainly is his master's best friend after saving him from a cold and muddy grave "
            + "The black pooch was filmed running back to the farmhouse to alert the farmer's wife. "
            + "She followed the barking dog across two fields and found her husband stuck up to his chest. "
            + "Firefighters pulled him out with ropes after an hour in the cold water. "
            + "The farmer was treated in hospital for hypothermia and is now recovering at home. "
            + "Britain has been ranked only the 27th best country in the world for dog welfare, a survey found. "
            + "Britain has been ranked, in a survey of 130 nations, only the 27th best country in the world for dog "
            + "welfare. Local people say the dog deserves a medal for its bravery. "
            + "The family have promised the dog steak for dinner every Sunday.";

    @Test
    void theDefaultKeepsTheLeadAndNeverChoosesTheCaptionThatCopiesIt() {
        Summary s = Summarizer.createRuleBased("default").summarize(null, DOG, 3);
        assertThat(s.sentences()).extracting(ScoredSentence::text)
                .contains("This dog certainly is his master's best friend after saving him from a cold and muddy grave.")
                .noneMatch(t -> t.startsWith("Go fetch"));
    }

    @Test
    void aParaphraseOfAChosenSentenceIsReplacedByTheNextNewOne() {
        Redundancy redundancy = Redundancy.english();
        for (String method : Summarizer.METHODS) {
            for (int n = 2; n <= 6; n++) {
                List<String> chosen = Summarizer.createRuleBased(method).summarize(null, DOG, n).sentences().stream()
                        .map(ScoredSentence::text).toList();
                assertThat(chosen).as(method + " at " + n).hasSize(n);
                assertThat(redundancy.repeatsItself(chosen)).as(method + " at " + n + ": " + chosen).isFalse();
            }
        }
    }
}
