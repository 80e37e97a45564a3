package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.daybrief.text.NlpModels;
import org.daybrief.text.Sentence;
import org.junit.jupiter.api.Test;

class WordTokenMemoTest {

    private static final NlpModels NLP = NlpModels.load();

    /** Sentences of the plain-text seeds, with abbreviations, quotes, numbers and odd spacing added. */
    private static List<String> sentences() throws Exception {
        List<String> out = new ArrayList<>(List.of(
                "Mr. O'Neill didn't say \"no\" -- he said: it's $1,200.50 (U.S.), e.g. 3.5% of £40m!",
                "  Tabs\tand\u00a0no-break\u2009spaces, new\nlines   and   runs ...  ",
                "Dr. Smith's co-workers can't, won't; they'd've gone.", "", "x", "Jan. 5, 2025 at 10 a.m."));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String body = Files.readString(p);
                for (Sentence s : NLP.splitter("en").split(body)) {
                    out.add(s.of(body));
                }
            }
        }
        return out;
    }

    @Test
    void tokensAreTheTokenizersOwnForTheWholeSentence() throws Exception {
        WordTokenMemo memo = new WordTokenMemo(NLP::tokenize);
        List<String> sentences = sentences();
        assertThat(sentences).hasSizeGreaterThan(50);
        for (int pass = 0; pass < 2; pass++) { // the second pass reads every word from the memo
            for (String s : sentences) {
                for (String language : List.of("en", "de", "es")) { // learnt tokenizers, and the simple one
                    assertThat(memo.tokenize(language, s)).as("%s: %s", language, s)
                            .containsExactly(NLP.tokenize(language, s));
                }
            }
        }
    }

    @Test
    void aFullMemoStartsAgainAndStaysRight() {
        WordTokenMemo memo = new WordTokenMemo(NLP::tokenize);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= WordTokenMemo.MAX_ENTRIES + 10; i++) {
            b.append("w").append(i).append(i % 7 == 0 ? ", " : " ");
        }
        String text = b.toString();
        assertThat(memo.tokenize("en", text)).containsExactly(NLP.tokenize("en", text));
        assertThat(memo.tokenize("en", "w3, w5.")).containsExactly(NLP.tokenize("en", "w3, w5."));
    }
}
