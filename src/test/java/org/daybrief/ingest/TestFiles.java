package org.daybrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds real documents of several formats for tests, with the libraries Tika itself parses them with. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path text(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    public static Path html(Path dir, String name, String title, String published, String... paragraphs)
            throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return text(dir, name, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%s | Test Times</title>
                <meta property="article:published_time" content="%s">
                <meta property="og:site_name" content="Test Times"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>%s</h1>
                %s</article><footer>Copyright Test Times</footer></body></html>
                """.formatted(title, published, title, body));
    }

    public static Path eml(Path dir, String name, String subject, String date, String from, String body)
            throws IOException {
        return text(dir, name, """
                From: %s
                To: desk@example.org
                Subject: %s
                Date: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(from, subject, date, body).replace("\n", "\r\n"));
    }

    /** A one-page PDF whose creation date and title are set in its metadata. */
    public static Path pdf(Path dir, String name, String title, int year, int month, int day, String... lines)
            throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 720);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(year, month - 1, day, 9, 0);
            info.setCreationDate(created);
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path docx(Path dir, String name, String title, String... paragraphs) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            try {
                doc.getProperties().getCoreProperties().setCreated("2025-09-23T09:00:00Z");
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    public static Path zip(Path dir, String name, Map<String, String> entries) throws IOException {
        Files.createDirectories(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    public static Path tarGz(Path dir, String name, Map<String, String> entries) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        writeTar(new GzipCompressorOutputStream(Files.newOutputStream(file)), entries);
        return file;
    }

    /** A tar without compression. */
    public static Path tar(Path dir, String name, Map<String, String> entries) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        writeTar(Files.newOutputStream(file), entries);
        return file;
    }

    /** A gzip of one file's content (no tar inside). */
    public static Path gzip(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void writeTar(OutputStream out, Map<String, String> entries) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true); // names as given: "/abs/x" too
                entry.setSize(data.length);
                tar.putArchiveEntry(entry);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
    }
}
