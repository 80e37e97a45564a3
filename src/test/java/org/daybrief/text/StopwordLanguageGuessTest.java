package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopwordLanguageGuessTest {

    private final StopwordLanguageGuess guess = new StopwordLanguageGuess();

    @Test
    void clearEnglishIsRecognisedWithoutTheModelAndGermanAndFrenchAreNotMistakenForIt() {
        assertThat(guess.guess("The council said on Monday that the new tram line would be built in the spring, "
                + "and that it would run from the station to the hospital. It was the first time that the city had "
                + "agreed to a project of this size, and the mayor said she was proud of what they had done."))
                .contains("en");
        assertThat(guess.guess("Die Stadtwerke haben am Montag mitgeteilt, dass die Preise für Strom und Gas zum "
                + "Januar steigen werden. Das ist für die meisten Kunden eine schlechte Nachricht, denn die Kosten "
                + "sind in den letzten Jahren schon mehrmals gestiegen, sagte ein Sprecher der Verbraucherzentrale."))
                .isEmpty();
        assertThat(guess.guess("Le conseil municipal a annoncé lundi que la nouvelle ligne de tramway sera construite "
                + "au printemps. Il s'agit du plus grand projet de la ville depuis dix ans, et le maire a dit qu'il "
                + "était fier de ce que les élus avaient fait pour les habitants de la région et pour les commerces."))
                .isEmpty();
    }

    @Test
    void otherLanguagesAndShortTextsAreLeftToTheDetector() {
        assertThat(guess.guess("El ayuntamiento anunció el lunes que la nueva línea de tranvía se construirá en "
                + "primavera. Se trata del mayor proyecto de la ciudad en diez años, y el alcalde dijo que estaba "
                + "orgulloso de lo que habían hecho los concejales por los vecinos de la región.")).isEmpty();
        assertThat(guess.guess("The council met today.")).isEmpty();
    }
}
