package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void countsRunsOfLettersAndDigits() {
        assertThat(Words.count("U.S.-based, 2,400")).isEqualTo(5);
        assertThat(Words.count(" -- ")).isZero();
    }

    @Test
    void sameKeyAgreesWithComparingKeys() {
        List<String> texts = List.of("", " ", "...", "Storm hits coast", "storm hits coast.", "STORM, hits -- coast!",
                "Storm hits coasts", "Storm hit coast", "Storm hits", "Stormhitscoast", "  storm  hits  coast  ",
                "Caf\u00e9 \u00c9T\u00c9", "caf\u00e9 \u00e9t\u00e9", "cafe ete", "Storm hits coast 2", "2");
        for (String a : texts) {
            for (String b : texts) {
                assertThat(Words.sameKey(a, b)).as("'%s' vs '%s'", a, b)
                        .isEqualTo(Words.key(a).equals(Words.key(b)));
            }
        }
        assertThat(Words.sameKey("Storm hits coast", "storm: hits, coast.")).isTrue();
        assertThat(Words.sameKey("Storm hits coast", "Storm hits coast today")).isFalse();
    }
}
