package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.daybrief.hostile.RecursingParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Structure nested 60,000 deep, in every format that nests: each file is read or skipped with a reason, never a
 * {@link StackOverflowError} out of the parser (a worker thread's death, outside the run's skip policy).
 */
class DeepNestingTest {

    private static final int DEPTH = 60_000;
    private static final String TEXT = "The council approved the budget on Monday. Residents were invited to "
            + "comment before the vote. ";
    private static DocumentParser parser;

    @BeforeAll
    static void start() {
        parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"));
    }

    @AfterAll
    static void stop() {
        parser.close();
    }

    static Map<String, String> deep() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("deep.html", "<html><body>" + "<div>".repeat(DEPTH) + TEXT + "</div>".repeat(DEPTH) + "</body></html>");
        files.put("unclosed.html", "<html><body>" + "<b><i>".repeat(DEPTH) + TEXT);
        files.put("deep.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<div>".repeat(DEPTH) + TEXT + "</div>".repeat(DEPTH) + "</body></html>");
        files.put("deep.xml", "<?xml version=\"1.0\"?>" + "<a>".repeat(DEPTH) + TEXT + "</a>".repeat(DEPTH));
        files.put("deep.json", "[".repeat(DEPTH) + "\"" + TEXT + "\"" + "]".repeat(DEPTH));
        files.put("deep.rtf", "{\\rtf1 " + "{".repeat(DEPTH) + TEXT + "}".repeat(DEPTH) + "}");
        files.put("deep.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(DEPTH) + "<text>" + TEXT
                + "</text>" + "</g>".repeat(DEPTH) + "</svg>");
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep.html", "unclosed.html", "deep.xhtml", "deep.xml", "deep.json", "deep.rtf", "deep.svg"})
    void sixtyThousandLevelsAreReadOrSkippedWithAReason(String name) {
        RawDocument raw = RawDocument.ofBytes(name, deep().get(name).getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        Object outcome;
        try {
            outcome = parser.parse(raw);
        } catch (UnreadableDocumentException e) {
            outcome = e.getMessage();
        }
        System.out.println(name + ": " + (outcome instanceof SourceDocument d ? "read, " + d.body().length()
                + " chars" : "skipped: " + outcome));
        if (outcome instanceof SourceDocument d) {
            assertThat(d.body()).contains("council approved the budget");
        } else {
            assertThat((String) outcome).as(name).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void aParserWhoseStackOverflowsCostsThatDocumentOnly() throws Exception {
        RawDocument deep = RawDocument.ofBytes("feeds/deep.dat",
                (RecursingParser.MAGIC + " levels").getBytes(StandardCharsets.US_ASCII), Instant.EPOCH);

        assertThatThrownBy(() -> parser.parse(deep)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("too deeply nested to read");
        SourceDocument next = parser.parse(RawDocument.ofBytes("next.html", deep().get("deep.html")
                .getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
        assertThat(next.body()).as("the parser goes on").contains("council approved the budget");
    }
}
