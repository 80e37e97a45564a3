package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagMemoTest {

    /** A tagger that tags each token with its length and language, and counts its calls. */
    private static final class CountingTagger {
        final List<String> calls = new ArrayList<>();

        String[] tag(String language, String[] tokens) {
            calls.add(String.join("|", tokens));
            if (language.equals("xx")) {
                return null;
            }
            String[] tags = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                tags[i] = language + tokens[i].length();
            }
            return tags;
        }
    }

    @Test
    void aSentenceSeenBeforeGetsTheSameTagsWithoutTheTagger() {
        CountingTagger tagger = new CountingTagger();
        TagMemo memo = new TagMemo(tagger::tag);
        String[] tokens = {"The", "tram", "line", "opens", "."};
        assertThat(memo.tags("en", tokens)).containsExactly("en3", "en4", "en4", "en5", "en1");
        assertThat(memo.tags("en", tokens.clone())).containsExactly("en3", "en4", "en4", "en5", "en1");
        assertThat(tagger.calls).hasSize(1);
        // Another language is another sentence.
        assertThat(memo.tags("de", tokens)).containsExactly("de3", "de4", "de4", "de5", "de1");
        assertThat(tagger.calls).hasSize(2);
    }

    @Test
    void tokenBoundariesAreNotConfused() {
        CountingTagger tagger = new CountingTagger();
        TagMemo memo = new TagMemo(tagger::tag);
        assertThat(memo.tags("en", new String[] {"ab", "c"})).containsExactly("en2", "en1");
        assertThat(memo.tags("en", new String[] {"a", "bc"})).containsExactly("en1", "en2");
        assertThat(memo.tags("en", new String[] {"a b", "c"})).containsExactly("en3", "en1");
        assertThat(tagger.calls).hasSize(3);
    }

    @Test
    void aCallerThatChangesItsTagsDoesNotChangeTheMemo() {
        TagMemo memo = new TagMemo(new CountingTagger()::tag);
        String[] first = memo.tags("en", new String[] {"river"});
        first[0] = "changed";
        assertThat(memo.tags("en", new String[] {"river"})).containsExactly("en5");
    }

    @Test
    void noTaggerMeansNoTags() {
        TagMemo memo = new TagMemo(new CountingTagger()::tag);
        assertThat(memo.tags("xx", new String[] {"mot"})).isNull();
    }

    @Test
    void aFullMemoStartsAgainAndStaysRight() {
        CountingTagger tagger = new CountingTagger();
        TagMemo memo = new TagMemo(tagger::tag);
        for (int i = 0; i <= TagMemo.MAX_ENTRIES + 10; i++) {
            memo.tags("en", new String[] {"w" + i});
        }
        assertThat(memo.tags("en", new String[] {"w12345"})).containsExactly("en6");
        assertThat(memo.tags("en", new String[] {"w" + (TagMemo.MAX_ENTRIES + 10)})).containsExactly("en" + 
                ("w" + (TagMemo.MAX_ENTRIES + 10)).length());
    }
}
