package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    /** The title as the regex split computed it before. */
    private static String splitTitle(String body, String path) {
        String[] words = body.strip().split("\\s+", 13);
        if (words.length == 0 || words[0].isEmpty()) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        String title = String.join(" ", List.of(words).subList(0, Math.min(words.length, 12)));
        return words.length > 12 ? title + "\u2026" : title;
    }
}
