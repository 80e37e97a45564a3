package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fuzzed pipeline: a parser's message can quote binary (a flipped entry name, an odt's mimetype
 * entry), and its control characters went into skip reasons, the run report and digest.json.
 */
class OneLineReasonsTest {

    @TempDir
    Path dir;

    @Test
    void aReasonHasNoControlCharactersOrLineBreaks() {
        assertThat(TikaExtractor.oneLine("entry a\u0000b\u0003\u001B[2K\r\nc\u2028d\u007F"))
                .isEqualTo("entry a b [2K c d");
    }

    @Test
    void anArchiveEntryWithABinaryNameIsSkippedWithAOneLineReason() throws Exception {
        byte[] zip = zipWithUnsupportedMethod("news\u0001\u0007\u001B.txt");
        Files.write(dir.resolve("flipped.zip"), zip);
        List<RawDocument> docs;
        try (RawDocuments raws = new RawDocuments(new SourceScanner(dir).scan(List.of(".")), IngestLimits.DEFAULTS)) {
            docs = new java.util.ArrayList<>();
            raws.forEachRemaining(docs::add);
        }

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.path()).contains("news");
            assertThat(d.failure()).startsWith("not read: compression method").doesNotContainPattern("\\p{Cc}");
        });
    }

    /** A one-entry zip whose entry says it is compressed with method 99, which no reader here supports. */
    private static byte[] zipWithUnsupportedMethod(String name) throws Exception {
        byte[] text = "The council approved the budget.".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry(name);
            e.setMethod(ZipEntry.STORED);
            e.setSize(text.length);
            CRC32 crc = new CRC32();
            crc.update(text);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(text);
            z.closeEntry();
        }
        byte[] b = out.toByteArray();
        b[8] = 99; // the local header's compression method (little-endian, bytes 8-9)
        for (int i = b.length - 22; i >= 0; i--) { // and the central directory's, which a zip reader goes by
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 10] = 99;
                break;
            }
        }
        return b;
    }
}
