package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.daybrief.text.NlpModels;
import org.daybrief.text.Sentence;
import org.junit.jupiter.api.Test;

class TextToolsTest {

    /** The English sentences of the plain-text seeds, as the digest's keyphrase tagger sees them: tokenised. */
    private static List<String[]> seedSentences(NlpModels nlp) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String body = Files.readString(p);
                for (Sentence s : nlp.splitter("en").split(body)) {
                    String[] tokens = nlp.tokenize("en", s.of(body));
                    if (tokens.length > 0) {
                        out.add(tokens);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void greedyModelDecodesWithABeamOfOne() {
        POSModel model = TextTools.loadPosModel();
        assertThat(model).isNotNull();
        assertThat(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("3");
        assertThat(TextTools.greedy(model).getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        assertThat(TextTools.greedy(null)).isNull();
    }

    @Test
    void greedyTagsAreTheBeamSearchTags() throws Exception {
        NlpModels nlp = NlpModels.load();
        POSModel model = TextTools.loadPosModel();
        POSTaggerME beam = new POSTaggerME(model);
        POSTaggerME greedy = new POSTaggerME(TextTools.greedy(model));
        List<String[]> sentences = seedSentences(nlp);
        assertThat(sentences).hasSizeGreaterThan(50);
        int tokens = 0;
        for (String[] s : sentences) {
            assertThat(greedy.tag(s)).as(String.join(" ", s)).containsExactly(beam.tag(s));
            tokens += s.length;
        }
        assertThat(tokens).isGreaterThan(1000);
    }

    @Test
    void openNlpToolsTagEnglishNounsAndNoOtherLanguage() {
        TextTools tools = TextTools.of(NlpModels.load());
        String[] tokens = tools.tokenize("en", "The harbour workers voted to end the strike on Monday.");
        String[] tags = tools.tags("en", tokens);
        assertThat(tags).hasSameSizeAs(tokens);
        assertThat(tags[2]).isEqualTo("NOUN"); // workers
        assertThat(tools.tags("de", tokens)).isNull();
    }
}
