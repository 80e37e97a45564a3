package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    private static DocumentParser parser;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"));
    }

    @AfterAll
    static void stop() {
        parser.close();
    }

    private List<Object> readAll(String... sources) {
        List<Object> out = new ArrayList<>();
        List<SourceFile> files = new SourceScanner(dir).scan(List.of(sources));
        try (RawDocuments raws = new RawDocuments(files, IngestLimits.DEFAULTS)) {
            while (raws.hasNext()) {
                RawDocument raw = raws.next();
                try {
                    out.add(parser.parse(raw));
                } catch (UnreadableDocumentException e) {
                    out.add(e.toSkipped());
                }
            }
        }
        return out;
    }

    private List<RawDocument> raws(String source) {
        List<RawDocument> out = new ArrayList<>();
        try (RawDocuments raws = new RawDocuments(new SourceScanner(dir).scan(List.of(source)), IngestLimits.DEFAULTS)) {
            raws.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<String> paths(List<Object> docs) {
        return docs.stream().map(o -> o instanceof SourceDocument d ? d.path() : ((SkippedDocument) o).path())
                .toList();
    }

    private SourceDocument one(String source) {
        List<Object> all = readAll(source);
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isInstanceOf(SourceDocument.class);
        return (SourceDocument) all.get(0);
    }

    @Test
    void plainTextFrontMatterGivesDateTitleAndSourceAndStaysOutOfTheBody() throws Exception {
        TestFiles.text(dir, "a.txt", " date 2025-09-22\nsource: Harbour Gazette\n\n\nDockers walk out at "
                + "Northport\n\nDockers at Northport walked out on Monday. The strike closed two terminals.\n");
        SourceDocument doc = one("a.txt");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(doc.title()).isEqualTo("Dockers walk out at Northport");
        assertThat(doc.source()).isEqualTo("Harbour Gazette");
        assertThat(doc.body()).startsWith("Dockers at Northport walked out on Monday.")
                .doesNotContain("2025-09-22").doesNotContain("Harbour Gazette");
        assertThat(doc.path()).isEqualTo("a.txt");
    }

    @Test
    void longFrontMatterLinesAreNotJoinedIntoOneAnother() throws Exception {
        TestFiles.text(dir, "long.txt", "date 2025-09-24\ntitle Kellford cyclist Hannah Moore breaks national hour "
                + "record\nsource Riverside Tribune\n\nHannah Moore rode 48.1 kilometres in an hour on Tuesday evening "
                + "at the\nKellford Velodrome, breaking the national record by more than half a\nkilometre.\n");
        SourceDocument doc = one("long.txt");
        assertThat(doc.title()).isEqualTo("Kellford cyclist Hannah Moore breaks national hour record");
        assertThat(doc.source()).isEqualTo("Riverside Tribune");
        assertThat(doc.body()).isEqualTo("Hannah Moore rode 48.1 kilometres in an hour on Tuesday evening at the "
                + "Kellford Velodrome, breaking the national record by more than half a kilometre.");
    }

    @Test
    void htmlTakesPublishedTimeAndTitleAndDropsTheHeadlineFromTheBody() throws Exception {
        TestFiles.html(dir, "b.html", "Rates held at four percent", "2025-09-23T08:00:00Z",
                "The central bank held its main rate at four percent on Tuesday.",
                "Economists had expected the decision after a month of weak data.");
        SourceDocument doc = one("b.html");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(doc.title()).isEqualTo("Rates held at four percent");
        assertThat(doc.source()).isEqualTo("Test Times");
        assertThat(doc.body()).contains("The central bank held its main rate")
                .doesNotStartWith("Rates held");
        assertThat(doc.mediaType()).startsWith("text/html");
    }

    @Test
    void emailTakesSubjectDateAndSender() throws Exception {
        TestFiles.eml(dir, "c.eml", "Council approves new tram line", "Wed, 24 Sep 2025 07:15:00 +0000",
                "Metro Desk <desk@metro.example>", "The city council approved the tram line on Tuesday night.\r\n"
                        + "Construction starts in spring.");
        SourceDocument doc = one("c.eml");
        assertThat(doc.title()).isEqualTo("Council approves new tram line");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 9, 24));
        assertThat(doc.source()).isEqualTo("Metro Desk");
        assertThat(doc.body()).contains("approved the tram line");
    }

    @Test
    void pdfAndDocxTakeTheirMetadata() throws Exception {
        TestFiles.pdf(dir, "d.pdf", "Wind farm opens", 2025, 9, 22,
                "The largest wind farm in the region opened on Monday, officials said.",
                "It will power two hundred thousand homes when complete.");
        TestFiles.docx(dir, "e.docx", "Library reopens", "Library reopens",
                "The central library reopened after a two year renovation.", "Visitors queued from dawn.");
        SourceDocument pdf = one("d.pdf");
        assertThat(pdf.title()).isEqualTo("Wind farm opens");
        assertThat(pdf.date()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(pdf.body()).contains("largest wind farm in the region opened on Monday");
        SourceDocument docx = one("e.docx");
        assertThat(docx.title()).isEqualTo("Library reopens");
        assertThat(docx.date()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(docx.body()).startsWith("The central library reopened").doesNotContain("Library reopens");
    }

    @Test
    void archivesYieldOneDocumentPerEntry() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("one.txt", "date 2025-09-22\n\nFirst story text is here. It has two sentences.\n");
        entries.put("dir/two.txt", "date 2025-09-23\n\nSecond story text is here. It also has two.\n");
        TestFiles.zip(dir, "news.zip", entries);
        TestFiles.tarGz(dir, "more.tar.gz", entries);
        List<Object> all = readAll("news.zip", "more.tar.gz");
        assertThat(all).hasSize(4).allMatch(o -> o instanceof SourceDocument);
        assertThat(all.stream().map(o -> ((SourceDocument) o).path()))
                .containsExactly("more.tar.gz!/one.txt", "more.tar.gz!/dir/two.txt",
                        "news.zip!/one.txt", "news.zip!/dir/two.txt");
    }

    @Test
    void sameTextInTwoFormatsHasTheSameId() throws Exception {
        TestFiles.text(dir, "f.txt", "The ferry service resumed on Friday after repairs, the operator said.\n");
        TestFiles.pdf(dir, "f.pdf", "Ferry", 2025, 9, 22,
                "The ferry service resumed on Friday after repairs, the operator said.");
        assertThat(one("f.txt").id()).isEqualTo(one("f.pdf").id());
    }

    @Test
    void brokenFilesAreSkippedWithAReason() throws Exception {
        Files.write(dir.resolve("bad.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes());
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("bad.zip"), "PK\u0003\u0004 not really a zip".getBytes());
        TestFiles.text(dir, "good.txt", "A good document with one sentence.\n");
        List<Object> all = readAll(".");
        assertThat(all).hasSize(4);
        Map<String, String> reasons = new LinkedHashMap<>();
        all.stream().filter(o -> o instanceof SkippedDocument).map(o -> (SkippedDocument) o)
                .forEach(s -> reasons.put(s.path(), s.reason()));
        assertThat(reasons).containsOnlyKeys("bad.pdf", "empty.txt", "bad.zip");
        assertThat(reasons.get("bad.pdf")).startsWith("corrupt PDF");
        assertThat(reasons.get("empty.txt")).contains("empty");
        assertThat(reasons.get("bad.zip")).startsWith("corrupt ZIP");
    }

    @Test
    void missingSourceIsReported() {
        List<SourceFile> files = new SourceScanner(dir).scan(List.of("nowhere/"));
        assertThat(files).singleElement().satisfies(f -> assertThat(f.failure()).isEqualTo("not found"));
    }

    // Archives and mailboxes known by content, whatever their name.

    static Map<String, String> threeStories() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("one.txt", "Harbour reopens\n\nThe harbour reopened on Monday after the storm. Boats left at dawn.\n");
        entries.put("dir/two.txt", "Mill closes\n\nThe old mill closed its doors on Tuesday. Forty people worked there.\n");
        entries.put("three.txt", "Road repaired\n\nThe coast road was repaired on Wednesday. Traffic is back to normal.\n");
        return entries;
    }

    static String mailbox() {
        return """
                From alice@example.org Mon Sep 22 09:00:00 2025
                From: alice@example.org
                Subject: Ferry timetable changes
                Date: Mon, 22 Sep 2025 09:00:00 +0000

                The ferry timetable changes next week. Morning sailings move to seven.

                From bob@example.org Mon Sep 22 10:00:00 2025
                From: bob@example.org
                Subject: Library hours
                Date: Mon, 22 Sep 2025 10:00:00 +0000

                The library opens late on Thursdays from October. Staff asked for the change.
                """;
    }

    @Test
    void zipNamedDatGivesItsThreeEntries() throws Exception {
        TestFiles.zip(dir, "bundle.dat", threeStories());
        assertThat(paths(readAll("bundle.dat"))).containsExactly("bundle.dat!/one.txt", "bundle.dat!/dir/two.txt",
                "bundle.dat!/three.txt");
        assertThat(readAll("bundle.dat")).allMatch(o -> o instanceof SourceDocument);
    }

    @Test
    void tarGzNamedBinPlainTarAndGzipOfOneFileAreOpened() throws Exception {
        TestFiles.tarGz(dir, "backup.bin", threeStories());
        TestFiles.tar(dir, "plain.dat", threeStories());
        TestFiles.gzip(dir, "story.txt.gz", threeStories().get("one.txt"));
        TestFiles.gzip(dir, "squeezed", threeStories().get("three.txt"));
        List<Object> all = readAll(".");
        assertThat(all).allMatch(o -> o instanceof SourceDocument);
        assertThat(paths(all)).containsExactly(
                "backup.bin!/one.txt", "backup.bin!/dir/two.txt", "backup.bin!/three.txt",
                "plain.dat!/one.txt", "plain.dat!/dir/two.txt", "plain.dat!/three.txt",
                "squeezed!/squeezed", "story.txt.gz!/story.txt");
        assertThat(((SourceDocument) all.get(6)).body()).contains("coast road");
    }

    @Test
    void mailboxWithoutExtensionGivesOneDocumentPerMessage() throws Exception {
        TestFiles.text(dir, "inbox", mailbox());
        List<Object> all = readAll("inbox");
        assertThat(paths(all)).containsExactly("inbox!/message-00001.eml", "inbox!/message-00002.eml");
        assertThat(all).allMatch(o -> o instanceof SourceDocument);
        assertThat(((SourceDocument) all.get(1)).title()).isEqualTo("Library hours");
    }

    @Test
    void zipsInsideAnotherNameInsideAnArchiveAreOpenedToo() throws Exception {
        Path inner = TestFiles.zip(dir.resolve("tmp"), "inner.bin", threeStories());
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("packed.bin", Files.readAllBytes(inner));
        Files.write(dir.resolve("outer.zip"), zipBytes(outer, false));
        assertThat(paths(readAll("outer.zip"))).containsExactly("outer.zip!/packed.bin!/one.txt",
                "outer.zip!/packed.bin!/dir/two.txt", "outer.zip!/packed.bin!/three.txt");
    }

    @Test
    void formatsBuiltOnZipOrGzipStayDocuments() throws Exception {
        TestFiles.docx(dir, "report.dat", "Council budget", "The council set its budget on Monday.");
        Files.write(dir.resolve("notes.bin"), zipBytes(Map.of(
                "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8),
                "content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8)), true));
        Files.write(dir.resolve("book.dat"), zipBytes(Map.of(
                "mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8),
                "META-INF/container.xml", "<container/>".getBytes(StandardCharsets.UTF_8)), true));
        Files.write(dir.resolve("tool.dat"), zipBytes(Map.of(
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n".getBytes(StandardCharsets.UTF_8),
                "a/B.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52}), false));
        // A name that says a format Tika knows as built on gzip is believed (.wmz: a compressed Windows metafile).
        TestFiles.gzip(dir, "picture.wmz", "not read here");
        for (String name : List.of("report.dat", "notes.bin", "book.dat", "tool.dat", "picture.wmz")) {
            RawDocument raw = RawDocument.ofFile(name, dir.resolve(name), null);
            assertThat(ArchiveKind.of(raw)).as(name).isEqualTo(ArchiveKind.NONE);
        }
        // The DOCX is read as the document it is.
        assertThat(readAll("report.dat")).singleElement().isInstanceOfSatisfying(SourceDocument.class,
                d -> assertThat(d.body()).contains("set its budget"));
    }

    @Test
    void contentDecidesEvenUnderATextName() throws Exception {
        TestFiles.text(dir, "2025-September.txt", mailbox()); // how mailing-list archives are often published
        Files.copy(TestFiles.zip(dir.resolve("tmp"), "z", threeStories()), dir.resolve("actually-a-zip.txt"));
        TestFiles.text(dir, "plain.txt", "From the harbour came news on Monday. Boats left at dawn.\n");
        assertThat(paths(readAll("2025-September.txt"))).containsExactly("2025-September.txt!/message-00001.eml",
                "2025-September.txt!/message-00002.eml");
        assertThat(paths(readAll("actually-a-zip.txt"))).hasSize(3)
                .allMatch(p -> p.startsWith("actually-a-zip.txt!/"));
        assertThat(paths(readAll("plain.txt"))).containsExactly("plain.txt");
    }

    @Test
    void plainFilesWhoseNamesHoldABangAreNeverSplit() throws Exception {
        TestFiles.text(dir.resolve("Breaking!"), "Wow! big.txt", "A plain story sits in this file. It is short.\n");
        List<Object> all = readAll(".");
        assertThat(paths(all)).containsExactly("Breaking!/Wow! big.txt");
        List<RawDocument> raws = raws(".");
        assertThat(raws).singleElement().satisfies(r -> {
            assertThat(r.source().inArchive()).isFalse();
            assertThat(r.source().name()).isEqualTo("Wow! big.txt");
        });
    }

    /** A zip whose first entry may be stored uncompressed, as ODF and EPUB require of their "mimetype". */
    private static byte[] zipBytes(Map<String, byte[]> entries, boolean mimetypeFirst) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<String> names = new ArrayList<>(entries.keySet());
            if (mimetypeFirst) {
                names.remove("mimetype");
                names.add(0, "mimetype");
            }
            for (String name : names) {
                byte[] data = entries.get(name);
                ZipEntry entry = new ZipEntry(name);
                if (mimetypeFirst && name.equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
