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
    void cookieConsentNewsletterAndAdvertisementBannersAreBoilerplate() {
        assertThat(bp("We use cookies to improve your experience.")).isTrue();
        assertThat(bp("This website uses cookies to give you the best experience.")).isTrue();
        assertThat(bp("By continuing to browse the site you agree to our use of cookies.")).isTrue();
        assertThat(bp("Accept all cookies")).isTrue();
        assertThat(bp("Manage your privacy settings at any time.")).isTrue();
        assertThat(bp("Subscribe to our newsletter for the latest weather news.")).isTrue();
        assertThat(bp("Get our free newsletter delivered to your inbox every morning.")).isTrue();
        assertThat(bp("ADVERTISEMENT")).isTrue();
        assertThat(bp("Story continues below advertisement.")).isTrue();
        assertThat(bp("Wir verwenden Cookies, um unsere Website zu verbessern.")).isTrue();
    }

    @Test
    void newsAboutCookiesNewslettersAndAdvertisingIsNotBoilerplate() {
        assertThat(bp("The court ruled that websites must ask users before storing cookies on their computers."))
                .isFalse();
        assertThat(bp("The bakery sold 10,000 cookies at the fair on Saturday.")).isFalse();
        assertThat(bp("Advertising revenue rose 8% in the fourth quarter.")).isFalse();
        assertThat(bp("The newsletter, which has 40,000 readers, first reported the deal.")).isFalse();
    }

    @Test
    void keepsOrdinarySentences() {
        assertThat(bp("By 2030 the city plans to double its number of parks.")).isFalse();
        assertThat(bp("The firm will try to sign up existing customers for high-speed broadband.")).isFalse();
        assertThat(bp("The storm hit the coast on Monday, cutting power to 40,000 homes.")).isFalse();
        assertThat(bp("Sources said the deal was close.")).isFalse();
    }
}
