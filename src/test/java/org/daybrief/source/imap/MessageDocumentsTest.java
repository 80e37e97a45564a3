package org.daybrief.source.imap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A message through the project's ingest path (Tika): what a newsletter becomes as a document. */
class MessageDocumentsTest {

    private static final MailboxEntry SOURCE = new MailboxEntry(
            MailboxAddress.parse("imaps://digest@mail.example.org/Newsletters"), "X", AfterReading.LEAVE);
    private static DocumentParser parser;

    @BeforeAll
    static void parser() {
        parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneOffset.UTC);
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    private static MailMessage message(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MailMessage(42, m.getMessageID(), out.toByteArray(), out.size(), Instant.parse("2025-09-30T00:00:00Z"));
    }

    @Test
    void aNewsletterIsItsDecodedSubjectDateSenderAndHtmlText() throws Exception {
        MimeMessage m = Newsletters.newsletter("Caf\u00e9 prices rise \u2013 weekly market note",
                ZonedDateTime.of(2025, 9, 23, 6, 30, 0, 0, ZoneOffset.UTC), "Market Desk <desk@market.example>",
                "Market Notes <notes.market.example>", "<n1@market.example>", """
                <html><head><title>Email template</title></head><body>
                <p>Coffee prices rose by a fifth at the wholesale market on Monday, traders said.</p>
                <p>Roasters warned that shop prices would follow within weeks.</p></body></html>""");

        RawDocument raw = MessageDocuments.of(SOURCE, message(m), 1_000_000);
        assertThat(raw.path()).isEqualTo("imaps://digest@mail.example.org/Newsletters!/uid-42.eml");

        SourceDocument doc = parser.parse(raw);
        assertThat(doc.title()).isEqualTo("Caf\u00e9 prices rise \u2013 weekly market note");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(doc.source()).isEqualTo("Market Desk");
        assertThat(doc.body()).contains("Coffee prices rose by a fifth").contains("Roasters warned")
                .doesNotContain("PLAIN-ALTERNATIVE");
    }

    @Test
    void withoutADisplayNameTheListNameIsTheSource() throws Exception {
        MimeMessage m = Newsletters.newsletter("Harbour news", ZonedDateTime.of(2025, 9, 23, 6, 0, 0, 0,
                ZoneOffset.UTC), "bounce-123@lists.example", "\"Harbour Weekly\" <harbour.lists.example>",
                "<n2@lists.example>", "<p>The ferry to the islands resumed on Monday after repairs.</p>");
        SourceDocument doc = parser.parse(MessageDocuments.of(SOURCE, message(m), 1_000_000));
        assertThat(doc.source()).isEqualTo("Harbour Weekly");
    }

    @Test
    void aMessageLeftOnTheServerForItsSizeIsSkippedWithTheReason() {
        MailMessage big = new MailMessage(7, "<big@x>", null, 30L * 1024 * 1024, null);
        RawDocument raw = MessageDocuments.of(SOURCE, big, 20L * 1024 * 1024);
        assertThat(raw.failure()).isEqualTo("too large: 30 MB > 20 MB limit");
    }
}
