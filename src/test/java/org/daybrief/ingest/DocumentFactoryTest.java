package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class DocumentFactoryTest {

    @Test
    void titleFromBodyIsTheFirstTwelveWordsAsSplitGaveThem() {
        List<String> bodies = List.of("", "   \n\t ", "One", "  One two  ", "a b c d e f g h i j k l",
                "a b c d e f g h i j k l m", "a b c d e f g h i j k l   ", "a\tb\nc\rd\u000Be\ff g h i j k l m n",
                "\u2003Em-spaced\u2003words\u00a0with\u00a0no-break spaces and\u2003more words here to fill it up",
                "\u001cfile separator\u001f is whitespace to strip, not to split on, one two three four five six",
                "The storm closed three coastal roads on Monday, the highways agency said, and more.",
                "Twelve words exactly here: one two three four five six seven eight.\n\n");
        for (String body : bodies) {
            assertThat(DocumentFactory.titleFromBody(body, "in/dir/file.txt")).as(body)
                    .isEqualTo(splitTitle(body, "in/dir/file.txt"));
        }
        assertThat(DocumentFactory.titleFromBody(" \n", "in/dir/file.txt")).isEqualTo("file.txt");
    }

    @Test
    void contentIdIsTheHashOfTheNormalisedWords() throws Exception {
        StringBuilder long8k = new StringBuilder();
        while (long8k.length() < 20_000) {
            long8k.append("Ünïcode Straße, \u00c9T\u00c9 \ud83d\ude00 word").append(long8k.length()).append("\n");
        }
        List<String> texts = List.of("", "...", "One", "  One,two  THREE. ", "caf\u00e9 CAF\u00c9 na\u00efve",
                "\u0130stanbul \u03a3\u039f\u03a6\u0399\u0391 \u4e2d\u6587 \ud835\udc00 lone \ud800 surrogate",
                "tab\there\r\nline\u2028sep 42 x", long8k.toString());
        for (String text : texts) {
            assertThat(DocumentFactory.normalise(text)).isEqualTo(codePointNormalise(text));
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(DocumentFactory.normalise(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(DocumentFactory.contentId(text)).as(text.length() > 80 ? text.substring(0, 80) : text)
                    .isEqualTo(java.util.HexFormat.of().formatHex(hash, 0, 16));
        }
        assertThat(DocumentFactory.contentId("The Storm, closed roads.")).isEqualTo(
                DocumentFactory.contentId("the storm\n\nclosed -- ROADS"));
    }

    /** The normalised words as a plain code-point loop computed them before the ASCII fast path. */
    private static String codePointNormalise(String text) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The title as the regex split computed it before. */
    private static String splitTitle(String body, String path) {
        String[] words = body.strip().split("\\s+", 13);
        if (words.length == 0 || words[0].isEmpty()) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        String title = String.join(" ", List.of(words).subList(0, Math.min(words.length, 12)));
        return words.length > 12 ? title + "\u2026" : title;
    }

    /**
     * Found by the fuzzed pipeline: a title holding U+2028 was two lines in an editor and in digest.txt, and
     * control characters of a metadata title or author (the body drops them) reached digest.json.
     */
    @Test
    void titleAndSourceAreOneLineOfTextWhateverTheSeparatorsAndControls() {
        Metadata meta = new Metadata();
        meta.set(TikaCoreProperties.TITLE, "Council\u2028votes\u2029the budget\u0085today\r\nat\u0001 no\u001Bon\u007F");
        meta.set(TikaCoreProperties.CREATOR, "Harbour\u2028Gazette\u0000");
        SourceDocument doc = new DocumentFactory(ZoneId.of("UTC")).create("a.html",
                new Extracted("The council approved the budget.", meta, "text/html"), Instant.EPOCH);

        assertThat(doc.title()).isEqualTo("Council votes the budget today at noon");
        assertThat(doc.source()).isEqualTo("Harbour Gazette");
    }
}
