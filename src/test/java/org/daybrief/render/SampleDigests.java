package org.daybrief.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.summarize.ScoredSentence;

/** Hand-built digests for renderer tests: a realistic one, a hostile one, an empty one. */
final class SampleDigests {

    static final LocalDate DATE = LocalDate.of(2025, 9, 22);

    private SampleDigests() {
    }

    static ScoredSentence sentence(int index, String text, double score) {
        return new ScoredSentence(index, text, score, Map.of("position", 1.0 - index * 0.1, "centrality", score / 2));
    }

    static Digest realistic() {
        DigestDocument harbour = new DigestDocument("seeds/harbour-bridge.txt", "Harbour bridge reopens after two-year repair",
                DATE, "Coastal Herald", "https://example.org/news/harbour-bridge?id=42&ref=rss", "en", false,
                List.of(sentence(0, "The harbour bridge reopened to traffic on Monday after a two-year repair programme.", 0.91),
                        sentence(3, "Officials said the work came in under budget, a rarity for projects of its size.", 0.74),
                        sentence(6, "Cyclists will get a separated lane from next spring.", 0.52)));
        DigestDocument harbour2 = new DigestDocument("seeds/bridge-report.html", "Bridge open again, city says",
                DATE, "Metro Daily", "../../../seeds/bridge-report.html", "en", false,
                List.of(sentence(0, "The city confirmed the bridge is open again.", 0.8)));
        Story bridge = new Story("Harbour bridge reopens after two-year repair", harbour.summary(), List.of(harbour, harbour2));
        DigestDocument rates = new DigestDocument("seeds/rates.pdf", "Central bank holds rates at 4.25%", DATE.minusDays(1),
                "Finance Weekly", "https://example.org/markets/rates", "en", false,
                List.of(sentence(0, "The central bank held its main rate at 4.25% on Thursday, citing sticky services inflation.", 0.88),
                        sentence(2, "Markets had priced in a hold; the currency barely moved.", 0.61)));
        DigestDocument wetter = new DigestDocument("seeds/wetter.odt", "Unwetter im Süden erwartet", DATE, "",
                "../../../seeds/wetter.odt", "sw", true,
                List.of(sentence(0, "Für den Süden werden heftige Gewitter erwartet.", 0.7)));
        return new Digest("daily", DATE, "Daily digest – 2025-09-22",
                List.of(bridge, new Story("Central bank holds rates at 4.25%", rates.summary(), List.of(rates)),
                        new Story("Unwetter im Süden erwartet", wetter.summary(), List.of(wetter))),
                List.of(new SkippedDocument("seeds/broken.pdf", "corrupt PDF: unexpected end of file"),
                        new SkippedDocument("seeds/secret.docx", "encrypted")));
    }

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_TITLE = "*x* [y](javascript:alert(1)) <img src=x onerror=alert(2)> & \"q\" 'a'";
    static final String CRLF_TITLE = "Line one\r\nBcc: victim@example.org\r\n# not a heading";

    static Digest hostile() {
        DigestDocument evil = new DigestDocument("seeds/evil <b>.html", HOSTILE_TITLE, DATE, "Src & Co \"quoted\"",
                "javascript:alert(document.cookie)", "en", false,
                List.of(sentence(0, "Before " + SCRIPT + " after & \"quotes\" 'single' _under_ #hash", 0.5),
                        sentence(1, CRLF_TITLE, 0.25)));
        DigestDocument data = new DigestDocument("seeds/data.txt", "- list item? > quote? 1. ordered?", DATE, "",
                "data:text/html;base64,PHNjcmlwdD4=", "en", false,
                List.of(sentence(0, "Plain sentence with `code` and {braces} | pipes ~strike~ !", 0.1)));
        DigestDocument file = new DigestDocument("seeds/file.txt", "File link", DATE, "", "file:///etc/passwd", "en",
                false, List.of(sentence(0, "A file link.", 0.3)));
        DigestDocument protocolRelative = new DigestDocument("seeds/pr.txt", "Protocol relative", DATE, "",
                "//evil.example/x", "en", false, List.of(sentence(0, "Protocol relative link.", 0.3)));
        DigestDocument spaced = new DigestDocument("seeds/my file (1).txt", "Spaced \"name\"", DATE, "",
                "../../../seeds/my file (1).txt", "en", false, List.of(sentence(0, "A spaced file name.", 0.3)));
        return new Digest("daily", DATE, CRLF_TITLE + " " + SCRIPT,
                List.of(new Story(HOSTILE_TITLE, evil.summary(), List.of(evil, data)),
                        new Story("File link", file.summary(), List.of(file)),
                        new Story("Protocol relative", protocolRelative.summary(), List.of(protocolRelative)),
                        new Story("Spaced \"name\"", spaced.summary(), List.of(spaced))),
                List.of(new SkippedDocument("seeds/" + SCRIPT + ".pdf", "corrupt: \r\nX-Injected: yes")));
    }

    static Digest empty() {
        return new Digest("daily", DATE, "Daily digest – 2025-09-22", List.of(), List.of());
    }
}
