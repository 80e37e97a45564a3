package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Random bytes are not read as text whatever their name, nor is punctuation alone; text with a stray control byte,
 * or in UTF-16, is.
 */
class BinaryContentTest {

    private final DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"));

    @AfterEach
    void close() {
        parser.close();
    }

    @Test
    void randomBytesUnderATextNameOrNoneHaveNoText() {
        byte[] junk = new byte[200_000];
        new Random(19).nextBytes(junk);
        for (String name : new String[] {"junk.txt", "junk.html", "junk.md", "junk", "archive.zip!/notes.txt"}) {
            assertThatThrownBy(() -> parser.parse(RawDocument.ofBytes(name, junk, Instant.EPOCH))).as(name)
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("no text found (application/octet-stream)");
        }
    }

    @Test
    void punctuationAloneHasNoText() {
        byte[] dots = "... --- *** !!! ???\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(RawDocument.ofBytes("dots.txt", dots, Instant.EPOCH)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("no text found (text/plain");
    }

    @Test
    void textWithAStrayControlByteIsRead() throws Exception {
        String text = "Harbour wall repaired\n\nThe council repaired the harbour wall on Tuesday. Engineers said the "
                + "work took three weeks.\u0001 The cost was lower than planned, the mayor said.\n";

        SourceDocument doc = parser.parse(RawDocument.ofBytes("wall.txt", text.getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH));

        assertThat(doc.title()).isEqualTo("Harbour wall repaired");
        assertThat(doc.body()).contains("The cost was lower than planned");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsText() throws Exception {
        String text = "Bridge reopens\n\nThe old bridge reopened to traffic on Monday after two years of repairs. "
                + "Drivers queued from dawn to cross it again.\n";

        SourceDocument doc = parser.parse(RawDocument.ofBytes("bridge.txt", text.getBytes(StandardCharsets.UTF_16LE),
                Instant.EPOCH));

        assertThat(doc.body()).contains("Drivers queued from dawn");
    }
}
