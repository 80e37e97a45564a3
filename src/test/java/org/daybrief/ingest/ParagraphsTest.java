package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Paragraphs builds its output only when something changes; the output is what the copying version gave. */
class ParagraphsTest {

    private static final String[] PIECES = {"word", "longerword", " ", " ", " ", "\n", "\n\n", "\t", ".", "!", "?",
        ".\"", "?)", "'", "\u201D", "\u3002", "\uFF01", "\r\n", "\r", "\0", "\uFFFD", "\u2028", "\u0007", "x".repeat(250),
        "caf\u00e9", "\uD83D\uDE00"};

    @Test
    void sameTextAsTheCopyingVersionOnRandomLayouts() {
        Random random = new Random(11);
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(2000);
            boolean fewEnds = random.nextBoolean();
            for (int k = 0; k < pieces; k++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                if (fewEnds && (piece.startsWith(".") || piece.startsWith("?") || piece.startsWith("!"))) {
                    piece = " ";
                }
                text.append(piece);
            }
            String t = text.toString();
            assertThat(Paragraphs.capSentences(t)).isEqualTo(copyingCapSentences(t));
        }
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String prose = "A storm closed the roads. Crews cleared them by noon.\n\n".repeat(40);
        assertThat(Paragraphs.capSentences(prose)).isSameAs(prose);
        assertThat(Paragraphs.normalise("One\r\ntwo\u2028three\u0007.")).isEqualTo("One\ntwo\nthree.");
    }

    /** capSentences as it was: every character appended to a builder. */
    private static String copyingCapSentences(String text) {
        int max = Paragraphs.MAX_SENTENCE_CHARS;
        String ends = ".!?\u3002\uFF01\uFF1F";
        if (text.length() <= max) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int runStart = 0;
        int lastSpace = -1;
        int lastNewline = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int pos = out.length();
            out.append(c);
            if (c == '\n' || c == ' ' || c == '\t') {
                char before = pos > 0 ? out.charAt(pos - 1) : '\n';
                int q = pos - 1;
                while (q >= 0 && "\"'\u201D\u2019)]".indexOf(out.charAt(q)) >= 0) {
                    q--;
                }
                boolean quotedEnd = q < pos - 1 && q >= 0 && ends.indexOf(out.charAt(q)) >= 0;
                if (before == '\n' || ends.indexOf(before) >= 0 || quotedEnd) {
                    runStart = pos + 1;
                    lastSpace = -1;
                    lastNewline = -1;
                    continue;
                }
                lastSpace = pos;
                lastNewline = c == '\n' ? pos : lastNewline;
            } else if ("\u3002\uFF01\uFF1F".indexOf(c) >= 0) {
                runStart = pos + 1;
                lastSpace = -1;
                lastNewline = -1;
                continue;
            }
            if (pos - runStart + 1 > max) {
                int cut = lastNewline > runStart + max / 2 ? lastNewline : lastSpace > runStart ? lastSpace : -1;
                if (cut >= 0) {
                    out.replace(cut, cut + 1, "\n\n");
                    runStart = cut + 2;
                } else {
                    out.insert(pos, "\n\n");
                    runStart = pos + 2;
                }
                lastSpace = -1;
                lastNewline = -1;
            }
        }
        return out.toString();
    }
}
