package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daybrief.text.RuleBasedSplitter;
import org.daybrief.text.Sentence;
import org.junit.jupiter.api.Test;

class CaptionSeamsTest {

    private final CaptionSeams seams = CaptionSeams.forLanguage("en");

    private List<String> units(String body) {
        return seams.split(body, new RuleBasedSplitter().split(body)).stream().map(s -> s.of(body).strip()).toList();
    }

    @Test
    void aCaptionEndingBeforeASentenceOpeningStopwordIsCutOff() {
        assertThat(units("Divorced savers retire poorer. Women who have never been divorced can expect a retirement "
                + "income 13% higher than a colleague The cost of divorce can wreck retirement plans, a study finds."))
                .containsExactly("Divorced savers retire poorer.", "Women who have never been divorced can expect a "
                        + "retirement income 13% higher than a colleague", "The cost of divorce can wreck retirement "
                        + "plans, a study finds.");
    }

    @Test
    void aCaptionCopyingAnEarlierSentenceIsCutAtItsEndWhateverWordFollows() {
        String body = "Gary Locke will be confirmed as Kilmarnock's permanent manager on Friday after eight weeks in "
                + "charge. The club went unbeaten in his first six games. Kilmarnock will confirm Gary Locke as the "
                + "club's new permanent manager on Friday ‘I’d be over the moon to get it,’ said Locke.";
        assertThat(units(body)).containsExactly(
                "Gary Locke will be confirmed as Kilmarnock's permanent manager on Friday after eight weeks in charge.",
                "The club went unbeaten in his first six games.",
                "Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday",
                "‘I’d be over the moon to get it,’ said Locke.");
    }

    @Test
    void aQuotedSentenceAfterACaptionIsASeamAQuotedTitleIsNot() {
        assertThat(units("Michael Vaughan has emerged as the favourite for the new role of director of cricket "
                + "‘I had a good chat with Tom about general stuff,’ said Vaughan."))
                .containsExactly("Michael Vaughan has emerged as the favourite for the new role of director of cricket",
                        "‘I had a good chat with Tom about general stuff,’ said Vaughan.");
        assertThat(units("His story is to be told in a Hollywood film dubbed ‘The First Great Escape’ next year."))
                .hasSize(1);
    }

    @Test
    void twoCaptionsInARowAreBothCutOffTheSentenceAfterThem() {
        String body = "Britain has been ranked only the 27th best country in the world for health in a league table "
                + "looking at living standards. Overall, the UK came 11th in the table of countries with the highest "
                + "standards of prosperity. Britain has been ranked only the 27th best country in the world for health "
                + "in a league table looking at living standards Overall, the UK came 11th in the table of countries "
                + "with the highest standards of prosperity Despite national earnings that make us the fifth richest "
                + "country, living standards are driven down by poor health.";
        List<String> units = units(body);
        assertThat(units).hasSize(5);
        assertThat(units.get(4)).startsWith("Despite national earnings");
        assertThat(units.get(2)).endsWith("living standards");
    }

    @Test
    void namesAfterSmallWordsAndTitlesAfterVerbsAreNotSeams() {
        String body = "Fans cheered as striker Jack Grealish scored twice on Tuesday night. The minister told The "
                + "Times that he felt ashamed of the decision. The film was shown at the festival in Cannes last May.";
        assertThat(units(body)).hasSize(3);
    }

    @Test
    void nothingIsCutInLowerCasedTextAndOffsetsStayVerbatim() {
        String body = "the storm hit the coast on monday . thousands lost power overnight .";
        List<Sentence> in = new RuleBasedSplitter().split(body);
        assertThat(seams.split(body, in)).isEqualTo(in);
    }

    @Test
    void aCaptionLabelAfterAWordWithoutAStopOpensANewUnit() {
        assertThat(units("In the second photograph she is seen being arrested outside the state university campus "
                + "Cause: Manhart came to the campus because students were walking on the flag."))
                .containsExactly("In the second photograph she is seen being arrested outside the state university "
                        + "campus", "Cause: Manhart came to the campus because students were walking on the flag.");
    }

    @Test
    void speechTitlesAndNamesBeforeAColonAreNoLabels() {
        assertThat(units("Announcing the policy in Plymouth Mr Cameron said: This election is about a better "
                + "future.")).hasSize(1);
        assertThat(units("The pictures are all featured in Frida Kahlo: The Gisèle Freund Photographs, a new "
                + "book.")).hasSize(1);
        assertThat(units("Police were called to the flat in Hull where Mark Ray: Unemployed and angry, shouted at "
                + "her again.")).hasSize(1);
    }

    @Test
    void aCaptionSayingWhoIsWhereEndsAtTheNextSeamAfterAWordThatTakesNoName() {
        assertThat(units("The club, including chief executive Ken Choo (far left), backed a boycott of the game "
                + "Cardiff welcomed 2,200 Leeds fans to their stadium in November."))
                .containsExactly("The club, including chief executive Ken Choo (far left), backed a boycott of the "
                        + "game", "Cardiff welcomed 2,200 Leeds fans to their stadium in November.");
        assertThat(units("The New York Yankees (left) and Boston Red Sox (right) come in first and second in the "
                + "number of fans.")).hasSize(1);
        assertThat(units("Edward Byatt (behind Allen, left) was also involved in the fraud at the firm in "
                + "London.")).hasSize(1);
        assertThat(units("Wayne Rooney (right) scored a spectacular second to give United a comfortable lead over "
                + "the strugglers.")).hasSize(1);
        assertThat(units("Bowe (right) faced Evander Holyfield (left) in 1992 and became the first person to beat "
                + "him.")).hasSize(1);
    }

    @Test
    void aQuotationOfSeveralSentencesAfterACaptionIsASeam() {
        assertThat(units("Scot admitted he needed a kick after struggling on the professional tour 'I've prepared "
                + "well for this but this shows it's not been enough. Sandy was great.'"))
                .containsExactly("Scot admitted he needed a kick after struggling on the professional tour",
                        "'I've prepared well for this but this shows it's not been enough.", "Sandy was great.'");
        assertThat(units("The players' union said on Friday that its members would strike next week.")).hasSize(1);
    }

    @Test
    void aConnectiveOrASentenceAdverbAfterACaptionIsASeamButNotInATitleOrInCapitals() {
        assertThat(units("The players look dejected after their defeat at the ground in Bristol However, Town "
                + "manager Paul Cook said the team would recover."))
                .containsExactly("The players look dejected after their defeat at the ground in Bristol",
                        "However, Town manager Paul Cook said the team would recover.");
        assertThat(units("The new species has a distinctive rounded tail compared to other monkeys Officially named "
                + "in March, it earned its name from its pale whiskers."))
                .containsExactly("The new species has a distinctive rounded tail compared to other monkeys",
                        "Officially named in March, it earned its name from its pale whiskers.");
        // An adverb in a title, in capitals, or after a stopword opens nothing.
        assertThat(units("The photographs were posted online by the campaign group Raqqa is Being Slaughtered "
                + "Silently who document the city.")).hasSize(1);
        assertThat(units("The corrected report moved the crash to the road in the north INSTEAD OF the east of the "
                + "county.")).hasSize(1);
        assertThat(units("The shop keeps its old stock in the basement and Meanwhile the staff wait.")).hasSize(1);
        assertThat(units("Parents worry about the genre Massively Multiplayer Online games and the hours they take."))
                .hasSize(1);
    }

    @Test
    void aSubjectPronounAfterAStopwordThatEndsACaptionIsASeamButNotInATitleOrInCapitals() {
        assertThat(units("She is seen being arrested on the campus where students walked on the flag, as seen above "
                + "It shows her surrounded by protesters who demand their flag back."))
                .containsExactly("She is seen being arrested on the campus where students walked on the flag, as "
                        + "seen above", "It shows her surrounded by protesters who demand their flag back.");
        // Capitals ("IT"), a title, or a pronoun before a comma or a stopword open nothing.
        assertThat(units("Jobs are being lost across the world of IT work to firms that pay their staff less."))
                .hasSize(1);
        assertThat(units("The studio made a version of the novel Five Children and It, filmed by the BBC in 1991."))
                .hasSize(1);
        assertThat(units("Critics noted a new show of It for the remarks that the president made on Monday."))
                .hasSize(1);
    }

    @Test
    void aCaptionNamingSomeoneEndsWhereTheNextSentenceNamesThemAgainWithAVerb() {
        assertThat(units("Midfielder Tom Baker holds his head after missing a penalty in the second half Baker was "
                + "later taken off with ten minutes left."))
                .containsExactly("Midfielder Tom Baker holds his head after missing a penalty in the second half",
                        "Baker was later taken off with ten minutes left.");
        assertThat(units("Anna Price lost four stone after a stranger on the train asked when her baby was due "
                + "Anna had tried every diet for ten years.")).hasSize(2);
        // A name after a role, a verb in -ed or -s, or after "to" is running text; so is a name not named before.
        assertThat(List.of(
                "Tom Baker missed a penalty in the second half and the home goalkeeper Baker was booked for dissent.",
                "Tom Baker missed a penalty in the second half before the referee showed Baker was to blame.",
                "Tom Baker missed a penalty in the second half but the footage failed to prove Baker was fouled.",
                "The bus was travelling from the station to the coast late at night Smith was the driver."))
                .allSatisfy(text -> assertThat(units(text)).hasSize(1));
    }
}
