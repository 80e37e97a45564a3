package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static boolean bp(String s) {
        return Boilerplate.isBoilerplate(s, "Storm hits coast", s.split("\\s+").length);
    }

    @Test
    void recognisesBoilerplate() {
        assertThat(bp("By Jane Doe, Staff Reporter")).isTrue();
        assertThat(bp("PUBLISHED: 10:12 EST, 5 March 2014 | UPDATED: 12:01 EST, 5 March 2014")).isTrue();
        assertThat(bp("LONDON (Reuters) -")).isTrue();
        assertThat(bp("Monday, 5 January 2015")).isTrue();
        assertThat(bp("Click here to read the full report on the storm damage.")).isTrue();
        assertThat(bp("Sign up for our free weekly newsletter on the weather.")).isTrue();
        assertThat(bp("Read more: how storms form")).isTrue();
        assertThat(bp("Firefighters at the scene on Monday. (Photo: AP)")).isTrue();
        assertThat(bp("source: Reuters")).isTrue();
        assertThat(bp("date 2025-09-22")).isTrue();
        assertThat(bp("Storm hits coast")).isTrue();
    }

    @Test
    void keepsOrdinarySentences() {
        assertThat(bp("By 2030 the city plans to double its number of parks.")).isFalse();
        assertThat(bp("The firm will try to sign up existing customers for high-speed broadband.")).isFalse();
        assertThat(bp("The storm hit the coast on Monday, cutting power to 40,000 homes.")).isFalse();
        assertThat(bp("Sources said the deal was close.")).isFalse();
    }
}
