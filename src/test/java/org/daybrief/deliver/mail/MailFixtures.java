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

    /**
     * A digest with everything the digest step makes: overview, topics, keywords, a story of two documents whose
     * summary comes from both, story keywords and an update line.
     */
    static Digest fullDigest() {
        ScoredSentence a = new ScoredSentence(0, "The Halvorsen Bridge closed on Wednesday for cable repairs.", 0.91234,
                Map.of("position", 1.0, "centroid", 0.456789));
        ScoredSentence b = new ScoredSentence(2, "Commuters were diverted to the Kelby Tunnel.", 0.5, Map.of());
        DigestDocument gazette = new DigestDocument("in/bridge.txt", "Halvorsen Bridge closes", DATE,
                "Harbour Gazette", "https://example.org/bridge", "en", false, List.of(a), 0.8123);
        DigestDocument herald = new DigestDocument("in/bridge-herald.txt", "Bridge shut for 14 months", DATE,
                "Pinecrest Herald", "../../../in/bridge-herald.txt", "en", false, List.of(b), 0.7);
        Story bridge = new Story("Halvorsen Bridge closes", List.of(a, b), List.of(gazette, herald), List.of(0, 1),
                List.of("halvorsen bridge", "cable repairs"), new Story.StoryScore(2.5, 2, 0.9, 0.8),
                new Story.Update(DATE.minusDays(1), List.of("Halvorsen Bridge to close")));
        Story rates = story("Central bank holds rates", "Finance Weekly", "https://example.org/rates",
                "The central bank held its main rate at four percent.");
        rates = new Story(rates.title(), rates.summary(), rates.documents(), null, List.of("interest rate"),
                new Story.StoryScore(1.25, 1, 0.5, 1), null);
        return new Digest("daily", DATE, "Daily digest – 2025-09-23", List.of(bridge, rates), List.of(
                new org.daybrief.ingest.SkippedDocument("in/broken.pdf", "not a PDF")),
                List.of(new Digest.OverviewSentence(a.text(), 0.9, 0)),
                List.of(new org.daybrief.digest.Topic("Halvorsen bridge", List.of("halvorsen bridge"), 2.5, List.of(0)),
                        new org.daybrief.digest.Topic("Interest rate", List.of("interest rate"), 1.25, List.of(1))),
                List.of("halvorsen bridge", "interest rate"));
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
