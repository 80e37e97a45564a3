package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.daybrief.digest.Digest;
import org.daybrief.digest.Story;
import org.daybrief.render.DigestRenderer;
import org.junit.jupiter.api.Test;

class DigestMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private final Subscriber alice = new Subscriber("alice@example.org", "Alice", MailFormat.HTML, 0, List.of(),
            List.of());

    private OutgoingMessage build(MailSettings settings, Digest digest, Subscriber s) throws Exception {
        return MailFixtures.messages(settings).build(SESSION, digest, s);
    }

    @Test
    void htmlSubscriberGetsTextThenHtmlAlternativesWithListHeaders() throws Exception {
        OutgoingMessage out = build(MailFixtures.settings(List.of(alice)), MailFixtures.digest(), alice);
        MimeMessage m = MailFixtures.roundTrip(out.message());

        assertThat(m.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) parts.getBodyPart(1).getContent();
        // a real text part: the stories as text, no markup
        assertThat(text).contains("1. Central bank holds rates").contains("Economists said the\n   economy was slowing.")
                .doesNotContain("<p").doesNotContain("<a ");
        String token = MailFixtures.TOKENS.token("daily", "alice@example.org");
        assertThat(text).contains("\nhttps://example.org/unsubscribe?u=" + token + "\n");
        // HTML: inline CSS, the preheader, the unsubscribe link in the footer; only http(s) links
        assertThat(html).contains("style=\"").doesNotContain("<style").contains("display:none")
                .contains("3 stories · top: Central bank holds rates")
                .contains("href=\"https://example.org/unsubscribe?u&#x3D;" + token + "\"") // = escaped by the HTML escaper
                .contains("href=\"https://example.org/rates\"").doesNotContain("../../../docs/cup.txt");

        assertThat(m.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://example.org/unsubscribe?u=" + token + ">");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(m.getMessageID()).matches("<daybrief\\.daily\\.2025-09-23\\.[0-9a-f]{16}@example\\.org>");
        assertThat(m.getSentDate()).isEqualTo(java.util.Date.from(MailFixtures.CLOCK.instant()));
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("digest@example.org");
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress()).isEqualTo("alice@example.org");
        assertThat(m.getSubject()).isEqualTo("Daily digest – 2025-09-23");
        assertThat(token).hasSize(43).isNotEqualTo(MailFixtures.TOKENS.token("daily", "bob@example.org"))
                .isEqualTo(MailFixtures.TOKENS.token("daily", "ALICE@example.org"));
    }

    @Test
    void eachStoryOfTheMailIsTheStoryOfTheDigestPageWithKeywordsAndUpdateLine() throws Exception {
        Digest digest = MailFixtures.fullDigest();
        MimeMessage m = MailFixtures.roundTrip(build(MailFixtures.settings(List.of(alice)), digest, alice).message());
        MimeMultipart parts = (MimeMultipart) m.getContent();
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) parts.getBodyPart(1).getContent();

        List<HtmlStories.Shown> page = HtmlStories.of(new DigestRenderer().html(digest));
        assertThat(page).hasSize(2);
        assertThat(page.get(0).update()).isEqualTo("Update: first reported 2025-09-22");
        assertThat(page.get(0).keywords()).isEqualTo("halvorsen bridge &middot; cable repairs");
        assertThat(HtmlStories.of(html)).isEqualTo(page);
        assertThat(text).contains("1. Halvorsen Bridge closes\n").contains("\n   Update: first reported 2025-09-22\n")
                .contains("\n   Keywords: halvorsen bridge, cable repairs\n").contains("\n   Keywords: interest rate\n");
    }

    @Test
    void everyMessageShowsItsUnsubscribeLinkInEachPart() throws Exception {
        Subscriber bob = new Subscriber("bob@example.org", "Bob", MailFormat.TEXT, 0, List.of(), List.of());
        MailSettings settings = MailFixtures.settings(List.of(alice, bob));
        for (Subscriber s : List.of(alice, bob)) {
            MimeMessage m = MailFixtures.roundTrip(build(settings, MailFixtures.digest(), s).message());
            String header = m.getHeader("List-Unsubscribe", null);
            String url = header.substring(1, header.length() - 1);
            List<String> bodies = new ArrayList<>();
            if (m.getContent() instanceof MimeMultipart parts) {
                bodies.add(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
                String html = (String) parts.getBodyPart(1).getContent();
                assertThat(html).contains("href=\"" + url.replace("=", "&#x3D;") + "\"")
                        .contains(">Unsubscribe from this digest</a>");
            } else {
                bodies.add(((String) m.getContent()).replace("\r\n", "\n"));
            }
            assertThat(bodies).as(s.address()).singleElement().asString().contains("To unsubscribe, open this link:")
                    .contains("\n" + url + "\n");
        }
        MailSettings without = new MailSettings(true, "digest@example.org", "", "{title}", "", List.of(alice));
        assertThatThrownBy(() -> build(without, MailFixtures.digest(), alice))
                .hasMessageContaining("every digest mail carries one");
    }

    @Test
    void messageIdIsStablePerJobDateAndSubscriber() throws Exception {
        MailSettings settings = MailFixtures.settings(List.of(alice));
        String first = build(settings, MailFixtures.digest(), alice).message().getMessageID();
        String again = build(settings, MailFixtures.digest(), alice).message().getMessageID();
        Subscriber bob = Subscriber.of("bob@example.org", "Bob");
        Digest nextDay = new Digest("daily", MailFixtures.DATE.plusDays(1), "t", MailFixtures.digest().stories(),
                List.of());
        assertThat(again).isEqualTo(first);
        assertThat(build(settings, MailFixtures.digest(), bob).message().getMessageID()).isNotEqualTo(first);
        assertThat(build(settings, nextDay, alice).message().getMessageID()).isNotEqualTo(first);
    }

    @Test
    void textSubscriberGetsOnlyText() throws Exception {
        Subscriber carol = new Subscriber("carol@example.org", "", MailFormat.TEXT, 0, List.of(), List.of());
        MimeMessage m = MailFixtures.roundTrip(build(MailFixtures.settings(List.of(carol)), MailFixtures.digest(),
                carol).message());
        assertThat(m.getContentType()).startsWith("text/plain");
        assertThat((String) m.getContent()).contains("Dockworkers strike at Easthaven");
    }

    @Test
    void nonAsciiNamesAndSubjectsAreEncodedAndDecodeBack() throws Exception {
        Subscriber zoe = new Subscriber("zoe@example.org", "Zoë Ångström", MailFormat.HTML, 0, List.of(), List.of());
        MailSettings settings = new MailSettings(true, "digest@example.org", "Tägliche Übersicht", "{title}: {top}",
                MailFixtures.UNSUBSCRIBE, List.of(zoe));
        Digest digest = new Digest("daily", MailFixtures.DATE, "Morgenpost für Köln",
                List.of(MailFixtures.story("Strompreise steigen in Lindenau", "Rheintal-Kurier", "", "Die Preise steigen.")),
                List.of());
        MimeMessage sent = build(settings, digest, zoe).message();
        String raw = MailFixtures.raw(sent);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(headers.chars().allMatch(c -> c < 128)).as("headers are 7-bit ASCII").isTrue();
        assertThat(headers).contains("=?UTF-8?");

        MimeMessage m = MailFixtures.roundTrip(sent);
        assertThat(m.getSubject()).isEqualTo("Morgenpost für Köln: Strompreise steigen in Lindenau");
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getPersonal()).isEqualTo("Zoë Ångström");
        assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("Tägliche Übersicht");
    }

    @Test
    void crLfAndNonAsciiFromADocumentCannotInjectAHeader() throws Exception {
        String evil = "Grève générale\r\nBcc: victim@evil.example\r\nX-Injected: yes\n\rContent-Type: text/html";
        Subscriber eve = new Subscriber("eve@example.org", "Eve\r\nCc: other@evil.example", MailFormat.HTML, 0,
                List.of(), List.of());
        MailSettings settings = new MailSettings(true, "digest@example.org", "", "{title} – {top}",
                MailFixtures.UNSUBSCRIBE, List.of(eve));
        Digest digest = new Digest("daily", MailFixtures.DATE, "Digest\r\nX-Title-Injected: 1",
                List.of(MailFixtures.story(evil, "Wire\r\nX-Source: 1", "", "A sentence.")), List.of());
        MimeMessage m = MailFixtures.roundTrip(build(settings, digest, eve).message());

        for (String header : List.of("Bcc", "Cc", "X-Injected", "X-Title-Injected", "X-Source")) {
            assertThat(m.getHeader(header)).as(header).isNull();
        }
        assertThat(m.getAllRecipients()).hasSize(1);
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        assertThat(m.getSubject()).isEqualTo("Digest X-Title-Injected: 1 – Grève générale Bcc: victim@evil.example "
                + "X-Injected: yes Content-Type: text/html");
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getPersonal()).isEqualTo("Eve Cc: other@evil.example");
        // every header line is a header or a folded continuation
        String raw = MailFixtures.raw(m);
        for (String line : raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n")) {
            assertThat(line).matches("([A-Za-z-]+: .*|[ \t].*)");
        }
    }

    @Test
    void anAsciiOnlyTitleWithCrLfCannotInjectAHeaderEither() throws Exception {
        // no non-ASCII to force RFC 2047 encoding: only our own one-lining stands between the title and a header
        MailSettings settings = new MailSettings(true, "digest@example.org", "", "{top}", MailFixtures.UNSUBSCRIBE,
                List.of(alice));
        Digest digest = new Digest("daily", MailFixtures.DATE, "Digest", List.of(MailFixtures.story(
                "Bridge reopens\r\nBcc: victim@evil.example\r\n\r\n<h1>body</h1>", "", "", "A sentence.")), List.of());
        MimeMessage m = MailFixtures.roundTrip(build(settings, digest, alice).message());
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        assertThat(m.getSubject()).isEqualTo("Bridge reopens Bcc: victim@evil.example <h1>body</h1>");
    }

    @Test
    void anHtmlPartOverTheLimitIsCutWithALineSayingHowManyStoriesWereLeftOut() throws Exception {
        List<Story> stories = new ArrayList<>();
        String sentence = "This sentence is here to make the story long enough to need cutting, word after word. ";
        for (int i = 0; i < 300; i++) {
            stories.add(MailFixtures.story("Story number " + i, "Wire", "https://example.org/s/" + i,
                    sentence.repeat(3), sentence.repeat(2)));
        }
        Digest big = new Digest("daily", MailFixtures.DATE, "Big day", stories, List.of());
        OutgoingMessage out = build(MailFixtures.settings(List.of(alice)), big, alice);
        MimeMultipart parts = (MimeMultipart) MailFixtures.roundTrip(out.message()).getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = ((String) parts.getBodyPart(1).getContent()).replace("\r\n", "\n");

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DigestMessages.DEFAULT_HTML_LIMIT)
                .isEqualTo(out.htmlBytes()).isGreaterThan(DigestMessages.DEFAULT_HTML_LIMIT * 9 / 10);
        assertThat(out.leftOut()).isPositive();
        assertThat(out.stories() + out.leftOut()).isEqualTo(300);
        String line = out.leftOut() + " more stories were left out of this email";
        assertThat(html).contains(line).contains("Story number " + (out.stories() - 1))
                .doesNotContain("Story number " + out.stories() + "<");
        assertThat(text).contains(line);
    }

    @Test
    void invalidAddressesAreRefused() {
        for (String bad : List.of("bob", "bob@", "Bob <bob@example.org>", "bob@example.org\r\nBcc: x@y.z",
                "bob @example.org", "bøb@example.org", "bob@-example.org", "\"b\"@example.org")) {
            assertThatThrownBy(() -> Subscriber.of(bad, "")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Subscriber.of("Bob.Smith+news@mail.example.org", "").fileStem())
                .matches("bob\\.smith_news_at_mail\\.example\\.org-[0-9a-f]{8}");
    }
}
