package org.daybrief.deliver.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.summarize.ScoredSentence;

/** Digests, settings and helpers for the mail tests. */
final class MailFixtures {

    static final LocalDate DATE = LocalDate.of(2025, 9, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-23T06:00:00Z"), ZoneOffset.UTC);
    static final UnsubscribeTokens TOKENS = new UnsubscribeTokens("0123456789abcdef0123456789abcdef".getBytes());
    static final String UNSUBSCRIBE = "https://example.org/unsubscribe?u={token}";

    private MailFixtures() {
    }

    static Story story(String title, String source, String link, String... sentences) {
        List<ScoredSentence> summary = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            summary.add(new ScoredSentence(i, sentences[i], 0.5, Map.of()));
        }
        DigestDocument d = new DigestDocument("docs/" + title.hashCode() + ".txt", title, DATE, source, link, "en",
                false, summary);
        return new Story(title, summary, List.of(d));
    }

    /** Three stories: economy (Harbour Gazette), sport (Pinecrest Herald), a strike at the port (Harbour Gazette). */
    static Digest digest() {
        return new Digest("daily", DATE, "Daily digest – 2025-09-23", List.of(
                story("Central bank holds rates", "Finance Weekly", "https://example.org/rates",
                        "The central bank held its main rate at four percent.",
                        "Economists said the economy was slowing."),
                story("Pinecrest wins the state cup", "Pinecrest Herald", "../../../docs/cup.txt",
                        "Pinecrest won the state cup final on Sunday."),
                story("Dockworkers strike at Easthaven", "Harbour Gazette", "",
                        "Dockworkers walked off the job after pay talks collapsed.")), List.of());
    }

    static MailSettings settings(List<Subscriber> subscribers) {
        return new MailSettings(true, "digest@example.org", "Daybrief", "{title}", UNSUBSCRIBE, subscribers);
    }

    static DigestMessages messages(MailSettings settings) {
        return new DigestMessages(settings, TOKENS, CLOCK);
    }

    /** Writes the message out and parses it back, as a mail client would. */
    static MimeMessage roundTrip(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    static String raw(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
