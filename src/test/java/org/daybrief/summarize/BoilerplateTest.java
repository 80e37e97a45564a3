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

    @Test
    void triggerShortcutAgreesWithThePatterns() {
        String[] sentences = {
            "PUBLISHED: 10:12 EST, 5 March 2014 | UPDATED: 12:01 EST, 5 March 2014",
            "Last Updated: Monday", "Posted : yesterday", "The page was updated on Monday.", "| Updated 3pm",
            "Photo: Reuters", "VIDEO - the storm", "Watch: the storm hits", "File Photo/AP", "Illustration | staff",
            "Firefighters at the scene. (Photos by AP staff)", "Crowds gathered. (Image courtesy of the council)",
            "The fire spread (pictured) across the hill", "Credit: Getty Images", "AP Photo/Mark Lennihan",
            "REUTERS/Stringer", "Jane Doe/AFP", "John Smith/AP", "AFP/Getty", "Click to enlarge",
            "Scroll down for video", "Video of the storm was watched by millions.", "He was pictured leaving.",
            "Click here to read the full report.", "CLICK HERE for more", "Sign up for our free weekly newsletter.",
            "Sign Up Now", "Read more: how storms form", "... read more", "All Rights Reserved.",
            "\u00a9 2015 Daily Mail", "Follow us on Twitter", "Follow @jane on Twitter",
            "Share this article with friends", "Advertisement", "  ADVERTISEMENT  ", "Subscribe today!",
            "Read our cookie policy.", "Terms of Use apply.", "The following day he left.", "Fans follow usual rules.",
            "We use cookies to improve your experience.", "This site uses cookies.", "Manage all cookies",
            "Cookie settings", "If you continue, you accept our privacy policy.", "Update your consent preferences",
            "Register for our weekly newsletter", "Get the best newsletters straight to your inbox.",
            "Newsletter sign-up", "Subscribe to continue reading", "Already a subscriber? Log in.",
            "Anzeige", "Publicit\u00e9", "Sponsored content", "Skip this advertisement",
            "The article continues below the advert", "Nous utilisons des cookies.", "Wir nutzen Cookies.",
            "The storm hit the coast on Monday, cutting power to 40,000 homes.", "",
            "\u0130MAGE: Turkish capital", "Photo\u0307: combining mark", "\u212Aelvin click here",
            "Pictured: the damage", "CAPTION - aftermath", "Graphic/ the numbers", "(PHOTO) the scene",
            "POSTED: 5 March", "unsubscribe here", "resubscribe now", "privacy is a right.",
        };
        for (String s : sentences) {
            assertThat(Boilerplate.isBanner(s)).as(s).isEqualTo(Boilerplate.matchesBannerPattern(s));
        }
    }
}
