package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives beyond zip, tar and gzip (bzip2, xz, split zips), zip entry names in other charsets than UTF-8, and
 * entries that are listed but cannot be read: every entry an archive lists is a document or skipped with a reason.
 */
class ArchivesTest {

    @TempDir
    Path dir;

    @Test
    void bzip2AndXzTarsAreOpenedByNameAndByContent() throws IOException {
        Files.write(dir.resolve("docs.tbz2"), bzip2(tar(threeEntries())));
        Files.write(dir.resolve("docs.tar.xz"), xz(tar(threeEntries())));
        Files.write(dir.resolve("bundle.dat"), bzip2(tar(threeEntries()))); // a name that says nothing

        Map<String, RawDocument> read = read();

        for (String archive : List.of("docs.tbz2", "docs.tar.xz", "bundle.dat")) {
            for (String entry : threeEntries().keySet()) {
                RawDocument doc = read.get(archive + "!/" + entry);
                assertThat(doc).as(archive + "!/" + entry).isNotNull();
                assertThat(new String(doc.bytes(), StandardCharsets.UTF_8)).isEqualTo(threeEntries().get(entry));
            }
        }
        assertThat(read).hasSize(9);
    }

    @Test
    void aSingleBzip2OrXzFileIsTheFileItHolds() throws IOException {
        byte[] article = "Tide tables\n\nThe harbour published its tide tables.".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("tides.txt.bz2"), bzip2(article));
        Files.write(dir.resolve("tides.md.xz"), xz(article));
        // Two bzip2 streams one after the other, as lbzip2 and pbzip2 write: both are read.
        byte[] half = bzip2("Tide tables\n\n".getBytes(StandardCharsets.UTF_8));
        byte[] rest = bzip2("The harbour published its tide tables.".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("tides-parallel.txt.bz2"), concat(half, rest));

        Map<String, RawDocument> read = read();

        assertThat(read.keySet()).containsExactlyInAnyOrder("tides.txt.bz2!/tides.txt", "tides.md.xz!/tides.md",
                "tides-parallel.txt.bz2!/tides-parallel.txt");
        read.values().forEach(d -> assertThat(d.bytes()).isEqualTo(article));
    }

    @Test
    void aSplitZipIsReadWholeAndItsOtherPartsAreNamedAsPartsOfIt() throws IOException {
        Map<String, byte[]> entries = incompressibleEntries(6, 40_000); // 240 KB over parts of 64 KB
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(dir.resolve("spanned.zip"), 64 * 1024)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        assertThat(dir.resolve("spanned.z01")).exists();

        Map<String, RawDocument> read = read();

        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertThat(read.get("spanned.zip!/" + e.getKey()).bytes()).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(read.get("spanned.z01").failure()).isEqualTo("a part of the split archive spanned.zip: read with it");
        assertThat(read).hasSize(entries.size() + countParts());
    }

    @Test
    void aSplitZipWithAPartMissingIsSkippedWholeWithOneReason() throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(dir.resolve("spanned.zip"), 64 * 1024)) {
            for (Map.Entry<String, byte[]> e : incompressibleEntries(6, 40_000).entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        Files.delete(dir.resolve("spanned.z02"));

        Map<String, RawDocument> read = read();

        assertThat(read.get("spanned.zip").failure()).startsWith("corrupt ZIP: split archive");
        assertThat(read.keySet()).noneMatch(p -> p.startsWith("spanned.zip!/"));
    }

    @Test
    void entryNamesWithoutTheUtf8FlagAreReadInTheirWritersCharset() throws IOException {
        List<String> gbk = List.of("审计压缩包文件检索测试/集团邮件审计系统2021年自动巡检需求文档_V4.0.txt",
                "审计压缩包文件检索测试/邮件归档说明.txt");
        List<String> shiftJis = List.of("お知らせ/ニュース速報です.txt", "お知らせ/きょうの天気予報.txt");
        zipWithoutUtf8Flag("gbk.zip", "GBK", gbk);
        zipWithoutUtf8Flag("sjis.zip", "Shift_JIS", shiftJis);
        zipWithoutUtf8Flag("plain.zip", "UTF-8", List.of("café/résumé.txt")); // UTF-8 without the flag

        Map<String, RawDocument> read = read();

        assertThat(read.keySet()).containsExactlyInAnyOrder("gbk.zip!/" + gbk.get(0), "gbk.zip!/" + gbk.get(1),
                "sjis.zip!/" + shiftJis.get(0), "sjis.zip!/" + shiftJis.get(1), "plain.zip!/café/résumé.txt");
    }

    @Test
    void namesTooShortToTellTheirCharsetStayWholeAndDistinct() throws IOException {
        zipWithoutUtf8Flag("short.zip", "Shift_JIS", List.of("文書1.txt", "文書2.txt")); // Tika's test file's names

        List<String> names = read().keySet().stream().toList();

        assertThat(names).hasSize(2).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("short\\.zip!/\\p{IsHan}{2}[12]\\.txt"), "two CJK characters and the digit");
    }

    @Test
    void twoEntriesOfOneNameAreBothKeptUnderDistinctNames() throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(dir.resolve("twice.zip"))) {
            for (String text : List.of("First text.", "Second text.", "Third text.")) {
                zip.putArchiveEntry(new ZipArchiveEntry("dir/a.txt"));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }

        Map<String, RawDocument> read = read();

        assertThat(read.keySet()).containsExactlyInAnyOrder("twice.zip!/dir/a.txt", "twice.zip!/dir/a (2).txt",
                "twice.zip!/dir/a (3).txt");
        assertThat(new String(read.get("twice.zip!/dir/a (3).txt").bytes(), StandardCharsets.UTF_8))
                .isEqualTo("Third text.");
    }

    @Test
    void anEntryThatCannotBeReadIsSkippedByNameAndTheNextOneIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (String name : List.of("locked.txt", "open.txt")) {
                ZipArchiveEntry entry = new ZipArchiveEntry(name);
                entry.setMethod(ZipArchiveEntry.STORED);
                byte[] text = ("The text of " + name).getBytes(StandardCharsets.UTF_8);
                entry.setSize(text.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(text);
                entry.setCrc(crc.getValue());
                zip.putArchiveEntry(entry);
                zip.write(text);
                zip.closeArchiveEntry();
            }
        }
        byte[] zip = bytes.toByteArray();
        // The first entry's method, in its local header and in the central directory, becomes 99 (AES encryption).
        setShortAfter(zip, new byte[] {'P', 'K', 3, 4}, 8, 99);
        setShortAfter(zip, new byte[] {'P', 'K', 1, 2}, 10, 99);
        Files.write(dir.resolve("mixed.zip"), zip);

        Map<String, RawDocument> read = read();

        assertThat(read.get("mixed.zip!/locked.txt").failure()).startsWith("not read: compression method")
                .contains("not supported");
        assertThat(new String(read.get("mixed.zip!/open.txt").bytes(), StandardCharsets.UTF_8))
                .isEqualTo("The text of open.txt");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Map<String, RawDocument> read() {
        Map<String, RawDocument> out = new LinkedHashMap<>();
        try (RawDocuments raws = new RawDocuments(new SourceScanner(dir).scan(List.of(".")), IngestLimits.DEFAULTS)) {
            raws.forEachRemaining(d -> out.put(d.path(), d));
        }
        return out;
    }

    private int countParts() throws IOException {
        try (var files = Files.list(dir)) {
            return (int) files.filter(p -> p.getFileName().toString().matches("spanned\\.z\\d\\d")).count();
        }
    }

    private static Map<String, String> threeEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("one.txt", "Ferry delayed\n\nThe morning ferry was delayed by fog.");
        entries.put("dir/two.txt", "Market opens\n\nThe new market opened on Saturday.");
        entries.put("three.txt", "Road repaired\n\nThe coast road was repaired on Wednesday.");
        return entries;
    }

    private static Map<String, byte[]> incompressibleEntries(int count, int size) {
        Random random = new Random(19);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            byte[] b = new byte[size];
            random.nextBytes(b);
            entries.put("entry-" + i + ".bin", b);
        }
        return entries;
    }

    private static byte[] tar(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] b = e.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(b.length);
                tar.putArchiveEntry(entry);
                tar.write(b);
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bzip2(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] xz(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream xz = new XZCompressorOutputStream(out)) {
            xz.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private void zipWithoutUtf8Flag(String name, String charset, List<String> entryNames) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(dir.resolve(name))) {
            zip.setEncoding(charset);
            zip.setUseLanguageEncodingFlag(false);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (String entry : entryNames) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry));
                zip.write(("The text of an entry named in " + charset + ".").getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
    }

    /** Writes a little-endian short {@code offset} bytes after the first occurrence of {@code signature}. */
    private static void setShortAfter(byte[] b, byte[] signature, int offset, int value) {
        for (int i = 0; i + signature.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + signature.length, signature, 0, signature.length)) {
                b[i + offset] = (byte) value;
                b[i + offset + 1] = (byte) (value >> 8);
                return;
            }
        }
        throw new IllegalArgumentException("signature not found");
    }
}
