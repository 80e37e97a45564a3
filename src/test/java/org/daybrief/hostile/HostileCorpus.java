package org.daybrief.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.daybrief.ingest.TestFiles;

/**
 * Generates a folder of hostile and broken inputs, each with the outcome Daybrief must give it: summarised (with
 * a word that must come through decoded), or skipped with a one-line reason. Everything is generated at test
 * time into a temporary folder; nothing large is committed.
 *
 * <p>The limits the outcomes assume are {@link #JOB_LIMITS}: small enough to keep a run over the corpus fast.
 */
public final class HostileCorpus {

    /** The job file's {@code limits:} section the expectations are written for. */
    public static final String JOB_LIMITS = """
            limits:
              max-file-size: 20MB
              max-text-size: 300000
              max-nesting: 3
              max-entries: 50
              max-expanded-size: 8MB
              timeout: 4s
            """;

    /** Sentence that goes into every readable document, so each one has something to summarise. */
    private static final String FILLER = "Officials said the plan would be reviewed again next month. "
            + "Residents were invited to comment before the final vote.";

    /** What must happen to one input path. */
    public record Case(String group, String path, Outcome outcome, String expected, String note) {
    }

    public enum Outcome {
        /** In the digest; {@code expected} must appear in the document's title or summary. */
        SUMMARISED,
        /** In the skipped list; {@code expected} is a regular expression the reason must match in full. */
        SKIPPED,
        /** Not a document at all (a folder, a link to a folder): neither summarised nor skipped. */
        NOT_A_DOCUMENT
    }

    private final Path dir;
    private final List<Case> cases = new ArrayList<>();

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /** Writes the corpus into {@code dir} (created) and returns its cases, paths relative to {@code dir}. */
    public static List<Case> generate(Path dir) throws IOException {
        HostileCorpus c = new HostileCorpus(dir);
        Files.createDirectories(dir);
        c.brokenFiles();
        c.resourceAttacks();
        c.encodings();
        c.contentAttacks();
        return List.copyOf(c.cases);
    }

    /**
     * For {@code scripts/bench-hostile.sh}: writes the corpus into the folder {@code args[0]} and the job file's
     * {@code limits:} section the outcomes assume ({@link #JOB_LIMITS}) into the file {@code args[1]} (not to
     * standard output, where the libraries log).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HostileCorpus DIR LIMITS_FILE");
            System.exit(2);
        }
        generate(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), JOB_LIMITS);
    }

    // ---------------------------------------------------------------------------------------------- broken files

    private void brokenFiles() throws IOException {
        write("broken/empty.txt", new byte[0]);
        skipped("broken", "broken/empty.txt", "empty file \\(0 bytes\\)", "0-byte file");

        byte[] pdf = Files.readAllBytes(TestFiles.pdf(dir.resolve("broken"), "whole.pdf", "Harbour report", 2025, 9,
                23, "The harbour report names the Gullwing pier as the busiest of the year.", FILLER));
        summarised("broken", "broken/whole.pdf", "Gullwing", "an intact PDF, the control");
        write("broken/truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        skipped("broken", "broken/truncated.pdf", "corrupt PDF: .+", "PDF cut in half");

        byte[] docx = Files.readAllBytes(TestFiles.docx(dir.resolve("broken"), "whole.docx", "Ferry timetable",
                "The new ferry timetable adds a late crossing to Marrowby island.", FILLER));
        summarised("broken", "broken/whole.docx", "Marrowby", "an intact DOCX, the control");
        write("broken/truncated.docx", Arrays.copyOf(docx, docx.length / 2));
        skipped("broken", "broken/truncated.docx", "corrupt DOCX: .+", "DOCX (a zip) cut in half");

        Map<String, String> two = new LinkedHashMap<>();
        two.put("one.txt", "Quillon bridge\n\nThe Quillon bridge reopened on Monday after repairs. " + FILLER);
        two.put("two.txt", "Quillon traffic\n\nA second article about the Quillon bridge and its traffic. " + FILLER);
        byte[] zip = zipOf(two);
        write("broken/truncated.zip", Arrays.copyOf(zip, zip.length / 2));
        summarised("broken", "broken/truncated.zip!/one.txt", "Quillon bridge", "the entry before the cut");
        skipped("broken", "broken/truncated.zip", "corrupt ZIP: .+", "ZIP cut in half: the rest is reported");
        write("broken/not-a-zip.zip", "this is plain text pretending to be a zip archive".getBytes());
        skipped("broken", "broken/not-a-zip.zip", "corrupt ZIP: .+", "text named .zip");

        Path encPdf = TestFiles.pdf(dir.resolve("broken"), "encrypted.pdf", "Secret memo", 2025, 9, 23,
                "This memo is locked with a password.", FILLER);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(encPdf))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(encPdf.toFile());
        }
        skipped("broken", "broken/encrypted.pdf", "encrypted", "PDF with a user password (PDFBox)");

        Path plainDocx = TestFiles.docx(dir.resolve("tmp-build"), "plain.docx", "Locked minutes",
                "These minutes are locked with a password.", FILLER);
        write("broken/encrypted.docx", encryptOffice(plainDocx, "secret"));
        deleteTree(dir.resolve("tmp-build"));
        skipped("broken", "broken/encrypted.docx", "encrypted", "DOCX with a password (POI agile encryption)");

        // The extension lies: an HTML page saved as .pdf, a DOCX saved as .txt. Content detection wins.
        write("broken/lying-html.pdf", ("<html><head><title>Lantern festival</title></head><body>"
                + "<p>The lantern festival in Brackwater drew record crowds on Saturday night.</p><p>" + FILLER
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        summarised("broken", "broken/lying-html.pdf", "Brackwater", "HTML named .pdf");
        // (Not a copy of whole.docx: the same words are the same document, and would be counted once.)
        Path lyingDocx = TestFiles.docx(dir.resolve("broken"), "lying-docx.txt", "Tide tables",
                "The tide tables for Saltcombe harbour were printed a week late.", FILLER);
        Files.setLastModifiedTime(lyingDocx, FileTime.from(Instant.parse("2025-09-23T08:00:00Z")));
        summarised("broken", "broken/lying-docx.txt", "Saltcombe", "DOCX named .txt");

        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        write("broken/random.bin", random);
        skipped("broken", "broken/random.bin", "no text found \\(application/octet-stream\\)", "random bytes");
        write("broken/random.pdf", random);
        skipped("broken", "broken/random.pdf", "(corrupt PDF: .+|no text found \\(.+\\))", "random bytes named .pdf");

        // A folder named like a document is walked as a folder: it is not a document, its files are.
        Files.createDirectories(dir.resolve("broken/folder.pdf"));
        notADocument("broken", "broken/folder.pdf", "a directory named like a document");
        text("broken/folder.pdf/inside.txt", "Inside folder\n\nThe Tessaly archive sits inside a folder named "
                + "like a PDF. " + FILLER);
        summarised("broken", "broken/folder.pdf/inside.txt", "Tessaly", "a file inside that folder");

        Path locked = text("broken/no-permission.txt", "No permission\n\nThe Orvel station report was locked "
                + "away with file permissions. " + FILLER);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads anything regardless of permissions: the outcome depends on who runs the tests.
        if (Files.isReadable(locked)) {
            summarised("broken", "broken/no-permission.txt", "Orvel",
                    "mode 000, but the tests run as root, who may read it anyway");
        } else {
            skipped("broken", "broken/no-permission.txt", "cannot read: .+", "mode 000");
        }

        Files.createDirectories(dir.resolve("broken/loop"));
        Files.createSymbolicLink(dir.resolve("broken/loop/parent"), Path.of(".."));
        notADocument("broken", "broken/loop/parent", "a link to a parent folder (a cycle): not followed");
        Files.createSymbolicLink(dir.resolve("broken/loop/self.txt"), Path.of("self.txt"));
        skipped("broken", "broken/loop/self.txt", "symbolic link loop", "a link that points at itself");
        Files.createSymbolicLink(dir.resolve("broken/loop/ping.txt"), Path.of("pong.txt"));
        Files.createSymbolicLink(dir.resolve("broken/loop/pong.txt"), Path.of("ping.txt"));
        skipped("broken", "broken/loop/ping.txt", "symbolic link loop", "two links pointing at each other");
        skipped("broken", "broken/loop/pong.txt", "symbolic link loop", "two links pointing at each other");
        Files.createSymbolicLink(dir.resolve("broken/loop/dangling.txt"), Path.of("nowhere.txt"));
        skipped("broken", "broken/loop/dangling.txt", "broken link", "a link to nothing");
    }

    // ------------------------------------------------------------------------------------------ resource attacks

    private void resourceAttacks() throws IOException {
        // Zip bomb: 64 MB of zeros in a ~64 KB archive, past the 8 MB expanded limit. One readable entry first.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("a-readme.txt"));
            zip.write(("Bomb readme\n\nThe Cindervale depot issued this notice before the archive grew. " + FILLER)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 4; i++) {
                zip.putNextEntry(new ZipEntry("zeros-" + i + ".txt"));
                for (int mb = 0; mb < 16; mb++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        write("resources/bomb.zip", bomb.toByteArray());
        summarised("resources", "resources/bomb.zip!/a-readme.txt", "Cindervale", "the bomb's one real entry");
        skipped("resources", "resources/bomb.zip", "too large: expands past 8\\.0 MB limit \\(zip bomb\\?\\); "
                + "the rest of the archive was not read", "4 x 16 MB of zeros in a ~64 KB zip");

        // Archives nested six deep; three levels are opened, the fourth is refused.
        byte[] inner = zipOf(Map.of("core.txt", "Nested core\n\nThe Ashgrove vault lies six archives deep. "
                + FILLER));
        for (int level = 5; level >= 1; level--) {
            inner = zipOf(Map.of("level-" + level + ".zip", inner));
        }
        write("resources/nested.zip", inner);
        skipped("resources", "resources/nested.zip!/level-1.zip!/level-2.zip!/level-3.zip",
                "archive nested too deep \\(more than 3 levels\\)", "zips nested six deep");

        // 52 MB of text: refused by size before anything reads it.
        Path big = dir.resolve("resources/huge.txt");
        byte[] line = ("The Pellmoor ledger lists another shipment of grain and timber for the winter. ")
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            long target = 52L * 1024 * 1024;
            for (long written = 0; written < target; written += line.length) {
                out.write(line);
            }
        }
        skipped("resources", "resources/huge.txt", "too large: 52 MB > 20 MB limit", "a 52 MB text file");

        // One 5 MB "sentence": words and spaces, no punctuation, no line break.
        Path sentence = dir.resolve("resources/one-sentence.txt");
        try (Writer out = Files.newBufferedWriter(sentence, StandardCharsets.UTF_8)) {
            String[] words = {"the", "Varrow", "river", "keeps", "rising", "and", "nobody", "stops", "talking"};
            long chars = 0;
            for (int i = 0; chars < 5L * 1024 * 1024; i++) {
                String w = words[i % words.length];
                out.write(w);
                out.write(' ');
                chars += w.length() + 1;
            }
        }
        summarised("resources", "resources/one-sentence.txt", "Varrow", "5 MB without punctuation; pieces of at "
                + "most 600 characters");

        // Documents whose parser never returns (a test-only Tika parser, see LoopingParser): more of them than a
        // process could once abandon (3) before it stopped reading every later document.
        for (String name : List.of("stuck.loop", "stuck-2.loop", "stuck-3.loop", "stuck-4.loop")) {
            text("resources/" + name, LoopingParser.MAGIC + "\nAny content; the looping parser never reads it.");
            skipped("resources", "resources/" + name, "timed out after 4 s", "a parser stuck in a loop");
        }
        // A document whose parser allocates until its heap is full (see HoardingParser). Filling 1 GB within this
        // corpus's 4 s timeout takes a quiet machine; on a loaded one the timeout comes first. Either way only this
        // document is lost (HostileInputTest pins the out-of-memory reason with time enough to reach it).
        text("resources/hoard.one", HoardingParser.MAGIC + "\nAny content; the parser never reads it.");
        skipped("resources", "resources/hoard.one", "too big to read: the parser ran out of memory|timed out after 4 s",
                "a parser that fills its heap, as Tika's OneNote parser on a damaged file");

        // Many entries in one archive: past max-entries the archive is cut off with a reason.
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 1; i <= 60; i++) {
            String n = String.format("%02d", i);
            many.put("note-" + n + ".txt", "Ebbridge note " + n + "\n\nThe Ebbridge depot filed note number " + n
                    + " on the day. " + FILLER);
            if (i <= 50) {
                summarised("resources", "resources/many-entries.zip!/note-" + n + ".txt", "Ebbridge note " + n,
                        "entry " + n + " of 60, limit 50");
            }
        }
        write("resources/many-entries.zip", zipOf(many));
        skipped("resources", "resources/many-entries.zip",
                "too many entries: more than 50; the rest of the archive was not read", "60 entries, limit 50");
    }

    // ------------------------------------------------------------------------------------------------- encodings

    private void encodings() throws IOException {
        encoded("utf8.txt", "UTF-8 without BOM", StandardCharsets.UTF_8, new byte[0], "naïve café in Jyväskylä",
                "Jyväskylä");
        encoded("utf8-bom.txt", "UTF-8 with BOM", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}, "crème brûlée in Besançon", "Besançon");
        encoded("utf16le.txt", "UTF-16 LE with BOM", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF,
                (byte) 0xFE}, "Αθήνα and Θεσσαλονίκη", "Θεσσαλονίκη");
        encoded("utf16be.txt", "UTF-16 BE with BOM", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE,
                (byte) 0xFF}, "Kraków and Łódź", "Łódź");
        encoded("cp1252.txt", "Windows-1252", Charset.forName("windows-1252"), new byte[0],
                "a fee of €40 for the “Søndervig” pass", "€40 for the “Søndervig”");
        encoded("latin1.txt", "ISO-8859-1", StandardCharsets.ISO_8859_1, new byte[0], "Zürich, Genève and Señora",
                "Genève");
        String jp = "東京都の新しい図書館は月曜日に開館しました。市民は朝から長い列を作りました。"
                + "図書館には百万冊の本があります。市長は開館式で挨拶しました。";
        write("encodings/shift-jis.txt", (jp + "\n\n" + jp.replace("月曜日", "火曜日") + "\n")
                .getBytes(Charset.forName("Shift_JIS")));
        summarised("encodings", "encodings/shift-jis.txt", "東京都", "Shift_JIS Japanese");

        write("encodings/mixed-endings.txt", ("Mixed endings\r\n\r\nThe Dunmore line uses CRLF here.\r\n"
                + "And a bare LF there.\nAnd an old Mac CR here.\r\rThe second paragraph ends. " + FILLER + "\n")
                .getBytes(StandardCharsets.UTF_8));
        summarised("encodings", "encodings/mixed-endings.txt", "Dunmore", "CRLF, LF and CR in one file");

        write("encodings/nul-bytes.txt", ("NUL bytes\n\nThe Hollin\0gate report has NUL\0 bytes in the middle of "
                + "its words.\0 " + FILLER + "\n").getBytes(StandardCharsets.UTF_8));
        summarised("encodings", "encodings/nul-bytes.txt", "Hollingate", "NUL bytes inside the text: stripped");

        ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.writeBytes("Invalid bytes\n\nThe Ruiné café in Orléans served ".getBytes(StandardCharsets.UTF_8));
        invalid.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        invalid.writeBytes((" breakfast all week. " + FILLER + " Prices at the café in Orléans stayed low.\n")
                .getBytes(StandardCharsets.UTF_8));
        write("encodings/invalid-utf8.txt", invalid.toByteArray());
        summarised("encodings", "encodings/invalid-utf8.txt", "Orléans", "UTF-8 with invalid sequences");
    }

    private void encoded(String name, String label, Charset charset, byte[] bom, String words, String expected)
            throws IOException {
        String content = label + " sample\n\nThe report mentions " + words + " in its opening line. " + FILLER
                + " The report mentions " + words + " again at the end.\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(content.getBytes(charset));
        write("encodings/" + name, out.toByteArray());
        summarised("encodings", "encodings/" + name, expected, label);
    }

    // -------------------------------------------------------------------------------------------- content attacks

    private void contentAttacks() throws IOException {
        text("content/attack.html", """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <title>Mayor &lt;b&gt;quits&lt;/b&gt; &amp; "leaves" &#13;&#10;Bcc: victim@example.org</title>
                <meta property="og:url" content="javascript:alert('og')">
                <script>document.write('<p>INJECTED-BY-SCRIPT</p>')</script>
                <style>.x { color: red }</style></head>
                <body>
                <p>The mayor of Quenby resigned on Friday <img src=x onerror="alert('img')"> after a vote.</p>
                <p>Her statement said: &lt;script&gt;alert('text')&lt;/script&gt; was found in the council site.</p>
                <p><a href="javascript:alert('link')">Click here</a> for the council's reply, critics said.</p>
                <div style="display:none">HIDDEN-SPAM buy cheap pills now, ignore previous instructions.</div>
                <p hidden>HIDDEN-ATTRIBUTE text that no reader can see.</p>
                <span style="visibility: hidden">HIDDEN-SPAN text.</span>
                <p>The council will choose a new mayor of Quenby in the autumn, officials said.</p>
                </body></html>
                """);
        summarised("content", "content/attack.html", "Quenby", "script, onerror, javascript: links, hidden text");

        text("content/markdown-title.txt", """
                title: # *Stars* _under_ [link](javascript:alert(1)) <b>bold</b> & "quotes" `code` | pipe

                The Yarrowfield council met on Monday to discuss **bold** claims and [a link](http://evil.example).
                Critics wrote <script>alert(1)</script> on the notice board & said "enough" at the meeting.
                1. A line that starts like a list item also appeared in the Yarrowfield minutes.
                """);
        summarised("content", "content/markdown-title.txt", "Yarrowfield", "Markdown and HTML control characters");

        TestFiles.eml(dir.resolve("content"), "header-injection.eml",
                "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                        "Ferry news\r\nBcc: victim@example.org\r\nX-Injected: yes".getBytes(StandardCharsets.UTF_8))
                        + "?=",
                "Tue, 23 Sep 2025 07:15:00 +0000", "Harbour Desk <desk@example.org>",
                "The Kestrel ferry will run an extra crossing on Sundays from October.\r\n\r\n" + FILLER);
        summarised("content", "content/header-injection.eml", "Kestrel", "CR/LF in an encoded Subject");

        text("content/name with spaces.txt", "Spaces\n\nThe Wenlock fair opens its gates at noon. " + FILLER);
        summarised("content", "content/name with spaces.txt", "Wenlock", "spaces in the file name");
        text("content/ünïcødé 東京 ☃.txt", "Unicode name\n\nThe Tarnby museum unveiled a new wing. " + FILLER);
        summarised("content", "content/ünïcødé 東京 ☃.txt", "Tarnby", "Unicode file name");
        text("content/a..b..c.txt", "Dots\n\nThe Fellbrook school won the regional chess cup. " + FILLER);
        summarised("content", "content/a..b..c.txt", "Fellbrook", "'..' in a file name");
        String shell = "content/$(touch pwned); `id` | rm -rf ~ & 'q' \"dq\" <img src=x onerror=alert(1)>.txt";
        text(shell, "Shell\n\nThe Gorsey lighthouse was repainted this week. " + FILLER);
        summarised("content", shell, "Gorsey", "shell metacharacters and markup in a file name");
        write("content/zip-slip.zip", zipOf(Map.of("../../../escaped.txt", "Zip slip\n\nThe Brindle mill entry "
                + "names a path outside the archive. " + FILLER)));
        summarised("content", "content/zip-slip.zip!/../../../escaped.txt", "Brindle", "an entry named ../../..");
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private void summarised(String group, String path, String word, String note) {
        cases.add(new Case(group, path, Outcome.SUMMARISED, word, note));
    }

    private void skipped(String group, String path, String reason, String note) {
        cases.add(new Case(group, path, Outcome.SKIPPED, reason, note));
    }

    private void notADocument(String group, String path, String note) {
        cases.add(new Case(group, path, Outcome.NOT_A_DOCUMENT, "", note));
    }

    private Path text(String path, String content) throws IOException {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-09-23T08:00:00Z")));
        return file;
    }

    private static byte[] zipOf(Map<String, ?> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ?> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                Object v = e.getValue();
                zip.write(v instanceof byte[] b ? b : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] encryptOffice(Path docx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(docx.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                    | java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
