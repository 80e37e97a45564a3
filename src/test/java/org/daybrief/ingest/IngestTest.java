package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
