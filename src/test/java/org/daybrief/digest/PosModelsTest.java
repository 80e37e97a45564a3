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

class PosModelsTest {

    /** The sentences of the plain-text seeds, as the keyphrase tagger sees them: tokenised. */
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
    void theTaggersModelIsThePublishedOneWithABeamOfOne() {
        POSModel published = PosModels.english(); // no tagger has used it yet: its factory is still unfilled
        POSModel tagger = PosModels.greedy(published);
        assertThat(published.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("3");
        assertThat(tagger.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        assertThat((byte[]) tagger.getArtifact(PosModels.FEATURE_GENERATOR_ENTRY))
                .isNotEmpty().isEqualTo(published.getArtifact(PosModels.FEATURE_GENERATOR_ENTRY));
        assertThat((Object) tagger.getArtifact(PosModels.CLASSIFIER_ENTRY))
                .isSameAs(published.getArtifact(PosModels.CLASSIFIER_ENTRY));
        assertThat(tagger.getFactory().getTagDictionary()).isEqualTo(published.getFactory().getTagDictionary());
        assertThat(PosModels.taggerModel().getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        assertThat(PosModels.greedy(null)).isNull();
    }

    @Test
    void greedyTagsAreTheBeamSearchTags() throws Exception {
        NlpModels nlp = NlpModels.load();
        POSTaggerME greedy = new POSTaggerME(PosModels.taggerModel());
        POSTaggerME beam = new POSTaggerME(PosModels.english());
        List<String[]> sentences = seedSentences(nlp);
        assertThat(sentences).hasSizeGreaterThan(50);
        int tokens = 0;
        for (String[] s : sentences) {
            assertThat(greedy.tag(s)).as(String.join(" ", s)).containsExactly(beam.tag(s));
            tokens += s.length;
        }
        assertThat(tokens).isGreaterThan(1000);
    }

    /**
     * Sentences to tag in a language: in English the seeds' and words the tag dictionary knows next to ones it does
     * not, capitals, numbers and punctuation, and no words at all; in German two news sentences.
     */
    static List<String[]> taggerSentences(NlpModels nlp, String language) throws Exception {
        if (language.equals("de")) {
            return List.of(
                    nlp.tokenize("de", "Die Hafenarbeiter beendeten den Streik am Montag nach zwölf Tagen."),
                    nlp.tokenize("de", "Der Stadtrat stimmte mit 9 zu 4 Stimmen für die neue Straßenbahnlinie."));
        }
        List<String[]> sentences = new ArrayList<>(seedSentences(nlp));
        sentences.add(nlp.tokenize("en", "The 3-2 win, said O'Neill, was \"a turning point\" for U.S. fans in 2025."));
        sentences.add(new String[] {"Xyzzq", "frobnicated", "the", "quux", "!!", "42", "e.g.", "run", "runs"});
        sentences.add(new String[0]);
        return sentences;
    }

    @Test
    void greedyTaggerTagsAsOpenNlpsTaggerWithABeamOfOne() throws Exception {
        NlpModels nlp = NlpModels.load();
        int tokens = 0;
        for (String language : List.of("en", "de")) {
            POSModel model = PosModels.taggerModel(language);
            POSTaggerME openNlp = new POSTaggerME(model);
            GreedyTagger greedy = new GreedyTagger(model);
            for (String[] s : taggerSentences(nlp, language)) {
                assertThat(greedy.tag(s)).as(String.join(" ", s)).containsExactly(openNlp.tag(s));
                tokens += s.length;
            }
        }
        assertThat(tokens).isGreaterThan(1000);
    }

    @Test
    void openNlpToolsTagEnglishAndGermanNounsAndNoLanguageWithoutAModel() {
        TextTools tools = TextTools.of(NlpModels.load());
        String[] tokens = tools.tokenize("en", "The harbour workers voted to end the strike on Monday.");
        String[] tags = tools.tags("en", tokens);
        assertThat(tags).hasSameSizeAs(tokens);
        assertThat(tags[2]).isEqualTo("NOUN"); // workers
        String[] german = tools.tokenize("de", "Die Hafenarbeiter beendeten den Streik am Montag.");
        assertThat(tools.tags("de", german)).hasSameSizeAs(german).contains("NOUN");
        assertThat(tools.tags("es", tokens)).isNull();
    }
}
