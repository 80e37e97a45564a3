package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.io.TikaInputStream;
import org.daybrief.hostile.ChattyParser;
import org.daybrief.hostile.HoardingParser;
import org.daybrief.hostile.LoopingParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest's defences one by one: sentence cap, encodings, stuck parsers, and a big mailbox in bounded memory. */
class HostileInputTest {

    @TempDir
    Path dir;

    @AfterEach
    void release() {
        LoopingParser.release();
    }

    @Test
    void aStretchWithoutSentenceEndsIsCutAtWordBoundariesIntoPiecesOfAtMost600Chars() {
        String words = "alpha beta gamma delta ".repeat(2000).strip();
        String capped = Paragraphs.normalise(words);
        assertThat(capped.split("\n\n")).hasSizeGreaterThan(70)
                .allSatisfy(p -> assertThat(p.length()).isBetween(500, Paragraphs.MAX_SENTENCE_CHARS))
                .allSatisfy(p -> assertThat(p).startsWith("alpha").doesNotEndWith(" "));
        assertThat(capped.replace("\n\n", " ")).isEqualTo(words);
    }

    @Test
    void oneEndlessWordIsCutWhereItIs() {
        String blob = "x".repeat(1500);
        assertThat(Paragraphs.normalise(blob).split("\n\n")).extracting(String::length).containsExactly(600, 600, 300);
    }

    @Test
    void ordinaryProseIsLeftAlone() {
        String prose = ("The council met on Monday. It voted to extend the tram line, officials said! "
                + "Would the cost rise again? \u201cNo,\u201d said the mayor. ").repeat(40).strip();
        assertThat(Paragraphs.normalise(prose)).isEqualTo(prose);
    }

    @Test
    void nulBytesAndReplacementCharactersAreDropped() {
        assertThat(Paragraphs.normalise("Hollin\0gate caf\uFFFD report\0.")).isEqualTo("Hollingate caf report.");
    }

    @Test
    void encodingDetectionPrefersUtf8WithAFewBadBytesAndReadsLatin1AsWindows1252() throws Exception {
        TextEncodingDetector detector = new TextEncodingDetector();
        byte[] mostlyUtf8 = concat("Caf\u00e9 in Orl\u00e9ans, na\u00efve ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28}, " and more text.".getBytes(StandardCharsets.UTF_8));
        assertThat(detector.detect(new ByteArrayInputStream(mostlyUtf8), new Metadata()))
                .isEqualTo(StandardCharsets.UTF_8);
        byte[] cp1252 = ("A fee of \u20ac40 for the \u201cS\u00f8ndervig\u201d pass, said the caf\u00e9 owner in "
                + "Z\u00fcrich, again and again. ").repeat(5).getBytes(Charset.forName("windows-1252"));
        assertThat(detector.detect(new ByteArrayInputStream(cp1252), new Metadata()).name())
                .isEqualTo("windows-1252");
        byte[] ascii = "Plain text, nothing but ASCII.\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextEncodingDetector.plainAscii(ascii)).isTrue();
        assertThat(detector.detect(new ByteArrayInputStream(ascii), new Metadata())).isEqualTo(StandardCharsets.UTF_8);
        // 7-bit, but ISO-2022-JP's escapes switch character sets: left to Tika's detectors.
        byte[] iso2022 = "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8".repeat(20)
                .getBytes(Charset.forName("ISO-2022-JP"));
        assertThat(TextEncodingDetector.plainAscii(iso2022)).isFalse();
        assertThat(TextEncodingDetector.plainAscii(new byte[] {'a', 0, 'b'})).isFalse();
    }

    @Test
    void parsersThatRunAwayInAChildProcessAreKilledAndEveryLaterDocumentIsRead() throws Exception {
        // The timeout leaves a fresh child time to load the Office parsers' classes for the document read last.
        IngestLimits limits = new IngestLimits(1 << 20, 10_000, 3, 100, 1 << 24, Duration.ofSeconds(4));
        try (TikaExtractor tika = new TikaExtractor(limits)) {
            for (int i = 0; i < TikaExtractor.MAX_STUCK + 1; i++) {
                assertThatThrownBy(() -> tika.extract(loop(), "stuck.loop")).hasMessage("timed out after 4 s");
            }
            assertThat(TikaExtractor.stuckParses()).as("nothing abandoned in this JVM").isZero();
            assertThat(LoopingParser.running()).as("no loop ran in this JVM").isZero();
            Path report = TestFiles.docx(dir, "report.docx", "Canal report",
                    "Dredging of the Selby canal resumed on Monday.");
            Extracted docx;
            try (TikaInputStream in = TikaInputStream.get(report)) {
                docx = tika.extract(in, "report.docx");
            }
            assertThat(docx.text()).contains("Dredging of the Selby canal resumed on Monday.");
            assertThat(docx.mediaType()).contains("wordprocessingml");
        }
    }

    @Test
    void aParserThatFillsItsHeapInAChildProcessCostsThatDocumentOnly() throws Exception {
        // Time enough for the child to fill its heap: the out-of-memory reason, not the timeout, is what is shown.
        IngestLimits limits = new IngestLimits(1 << 20, 10_000, 3, 100, 1 << 24, Duration.ofSeconds(60));
        try (TikaExtractor tika = new TikaExtractor(limits)) {
            assertThatThrownBy(() -> tika.extract(new ByteArrayInputStream(
                    (HoardingParser.MAGIC + " fills the heap").getBytes(StandardCharsets.US_ASCII)), "hoard.one"))
                    .hasMessage(TikaExtractor.OUT_OF_MEMORY);
            Path report = TestFiles.docx(dir, "report.docx", "Canal report", "The lock reopened on Friday.");
            try (TikaInputStream in = TikaInputStream.get(report)) {
                assertThat(tika.extract(in, "report.docx").text()).contains("The lock reopened on Friday.");
            }
        }
    }

    @Test
    void aParserThatWritesWithoutEndStopsAtTheTextLimitAndKeepsWhatItWrote() throws Exception {
        // A timeout far beyond the test's run: the write limit, not the timeout, must end this parse.
        IngestLimits limits = new IngestLimits(1 << 20, 10_000, 3, 100, 1 << 24, Duration.ofMinutes(10));
        try (TikaExtractor tika = TikaExtractor.inProcess(limits)) {
            Extracted extracted = tika.extract(new ByteArrayInputStream(
                    (ChattyParser.MAGIC + " writes on").getBytes(StandardCharsets.US_ASCII)), "chatty.bin");
            assertThat(extracted.text()).hasSize(10_000).startsWith("The same line again, and again.");
            assertThat(extracted.mediaType()).isEqualTo(ChattyParser.TYPE);
        }
    }

    @Test
    void stuckParsersInThisProcessAreCappedAndFreedWhenTheyEnd() throws Exception {
        IngestLimits limits = new IngestLimits(1 << 20, 10_000, 3, 100, 1 << 24, Duration.ofMillis(200));
        try (TikaExtractor tika = TikaExtractor.inProcess(limits)) {
            for (int i = 0; i < TikaExtractor.MAX_STUCK; i++) {
                assertThatThrownBy(() -> tika.extract(loop(), "stuck.loop"))
                        .hasMessage("timed out after 200 ms");
            }
            assertThat(TikaExtractor.stuckParses()).isEqualTo(TikaExtractor.MAX_STUCK);
            assertThatThrownBy(() -> tika.extract(new ByteArrayInputStream("Plain text.".getBytes()), "a.txt"))
                    .hasMessageStartingWith("not read: the parsers of " + TikaExtractor.MAX_STUCK
                            + " earlier documents are stuck");
            LoopingParser.release();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (TikaExtractor.stuckParses() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(TikaExtractor.stuckParses()).isZero();
            assertThat(tika.extract(new ByteArrayInputStream("Plain text again.".getBytes()), "a.txt").text())
                    .contains("Plain text again.");
        }
    }

    @Test
    void aMailboxOfTenThousandMessagesFlowsOneMessageAtATime() throws Exception {
        Path mbox = dir.resolve("big.mbox");
        String padding = "The Selby lock keepers report on the canal traffic of the week. ".repeat(40);
        try (BufferedWriter out = Files.newBufferedWriter(mbox, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 10_000; i++) {
                out.write(String.format(Locale.ROOT, "From desk@example.org Tue Sep 23 07:00:00 2025%n"
                        + "From: desk@example.org%nSubject: Lock report %d%nDate: Tue, 23 Sep 2025 07:00:00 +0000%n%n"
                        + "Report %d. %s%n%n", i, i, padding));
            }
        }
        assertThat(Files.size(mbox)).isGreaterThan(25L << 20);
        Runtime rt = Runtime.getRuntime();
        long baseline = 0;
        long peak = 0;
        int count = 0;
        int largest = 0;
        try (RawDocuments docs = new RawDocuments(new SourceScanner(dir).scan(List.of("big.mbox")),
                IngestLimits.DEFAULTS)) {
            while (docs.hasNext()) {
                RawDocument d = docs.next();
                assertThat(d.isFailure()).as(d.path() + ": " + d.failure()).isFalse();
                largest = Math.max(largest, d.bytes().length);
                count++;
                if (count == 100 || count % 2500 == 0) {
                    System.gc();
                    long used = rt.totalMemory() - rt.freeMemory();
                    if (count == 100) {
                        baseline = used;
                    }
                    peak = Math.max(peak, used);
                }
            }
        }
        assertThat(count).isEqualTo(10_000);
        assertThat(largest).isLessThan(4000);
        assertThat(peak - baseline).as("heap growth while streaming a 25 MB mailbox").isLessThan(10L << 20);
    }

    private static ByteArrayInputStream loop() {
        return new ByteArrayInputStream((LoopingParser.MAGIC + " never parsed").getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
