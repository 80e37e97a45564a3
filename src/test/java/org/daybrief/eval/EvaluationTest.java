package org.daybrief.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daybrief.text.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    static NlpModels nlp;

    @BeforeAll
    static void load() {
        nlp = NlpModels.load();
    }

    @Test
    void leadOnAnExtractiveReferenceOfTheFirstSentencesScoresPerfect(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(docs.resolve("a.txt"), "Storm hits the coast\n\n"
                + "A strong storm hit the northern coast on Monday. Thousands of homes lost power overnight.\n\n"
                + "Officials said repairs would take days. Schools stayed closed. The weather service expects calm skies.\n");
        Files.writeString(refs.resolve("a.txt"),
                "A strong storm hit the northern coast on Monday.\nThousands of homes lost power overnight.\n");
        Files.writeString(docs.resolve("no-ref.txt"), "This document has no reference and is ignored.\n");

        Evaluation.Table table = Evaluation.run(nlp, docs, refs, List.of("lead", "textrank"), 2);

        assertThat(table.rows()).extracting(Evaluation.Row::method).containsExactly("lead", "textrank");
        Evaluation.Row lead = table.rows().get(0);
        assertThat(lead.documents()).isEqualTo(1);
        assertThat(lead.rouge1()).isEqualTo(100.0);
        assertThat(lead.rougeLsum()).isEqualTo(100.0);
        assertThat(table.format()).contains("lead").contains("100.00");
    }

    @Test
    void allExpandsToEveryMethodAndUnknownMethodsAreRefused(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path refs = Files.createDirectories(dir.resolve("refs"));
        assertThat(Evaluation.run(nlp, docs, refs, List.of("all"), 3).rows()).hasSize(
                org.daybrief.summarize.Summarizer.METHODS.size());
        assertThatThrownBy(() -> Evaluation.run(nlp, docs, refs, List.of("nope"), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> Evaluation.run(nlp, dir.resolve("missing"), refs, List.of("lead"), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void summariesMadeElsewhereAreScoredAgainstTheirReferencesOneRowPerFolder(@TempDir Path dir) throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(refs.resolve("a.txt"), "A storm hit the coast on Monday.\nThousands lost power.\n");
        Files.writeString(refs.resolve("b.txt"), "The council approved the tram extension.\n");
        Path perfect = Files.createDirectories(dir.resolve("peer-one"));
        Files.writeString(perfect.resolve("a.txt"), "A storm hit the coast on Monday.\nThousands lost power.\n");
        Files.writeString(perfect.resolve("b.txt"), "Zebras graze quietly elsewhere.\n");
        Files.writeString(perfect.resolve("unreferenced.txt"), "No reference: not scored.\n");
        Path half = Files.createDirectories(dir.resolve("peer-two"));
        Files.writeString(half.resolve("b.txt"), "The council approved the tram extension.\n");

        Evaluation.Table table = Evaluation.scoreSummaries(List.of(perfect, half), refs);

        assertThat(table.rows()).extracting(Evaluation.Row::method).containsExactly("peer-one", "peer-two");
        Evaluation.Row one = table.rows().get(0);
        assertThat(one.documents()).isEqualTo(2);
        assertThat(one.rouge1()).isEqualTo(50.0);   // a.txt word for word, b.txt no word in common
        assertThat(one.rougeLsum()).isEqualTo(50.0);
        Evaluation.Row two = table.rows().get(1);
        assertThat(two.documents()).isEqualTo(1);
        assertThat(two.rouge2()).isEqualTo(100.0);
        assertThat(table.format()).contains("peer-one").contains("50.00").contains("100.00");
    }

    @Test
    void theRepetitionRateIsTheShareOfSummariesWithTwoSentencesSayingTheSame(@TempDir Path dir) throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        for (String id : List.of("a", "b", "c", "d")) {
            Files.writeString(refs.resolve(id + ".txt"), "Britain was ranked 27th in the world.\n");
        }
        Path peer = Files.createDirectories(dir.resolve("peer"));
        Files.writeString(peer.resolve("a.txt"), "Britain has been ranked only the 27th best country in the world.\n"
                + "Britain has been ranked, in a survey of 130 nations, only the 27th best country in the world.\n");
        Files.writeString(peer.resolve("b.txt"), "Britain has been ranked only the 27th best country in the world.\n"
                + "Norway tops the list for the fourth year running.\n");
        Files.writeString(peer.resolve("c.txt"), "Britain has been ranked only the 27th best country in the world.\n");
        Files.writeString(peer.resolve("d.txt"), "Norway tops the list.\nThe survey covered 130 nations.\n");

        Evaluation.Row row = Evaluation.scoreSummaries(List.of(peer), refs).rows().get(0);

        assertThat(row.repetition()).isEqualTo(25.0);   // a.txt only
        assertThat(Evaluation.scoreSummaries(List.of(peer), refs).format()).contains("repeat%").contains("25.0");
    }

    @Test
    void aSummariesFolderWithNoReferencedSummaryOrNoFolderIsRefused(@TempDir Path dir) throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(refs.resolve("a.txt"), "A storm hit the coast.\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("other.txt"), "A storm hit the coast.\n");
        assertThatThrownBy(() -> Evaluation.scoreSummaries(List.of(empty), refs))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no summary in");
        assertThatThrownBy(() -> Evaluation.scoreSummaries(List.of(dir.resolve("missing")), refs))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void theSetsLanguageIsDetectedOrGivenAndSetsRougesTokens(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(docs.resolve("a.txt"), "Elecciones en Cataluña\n\n"
                + "La autodeterminación de Cataluña volvió ayer al centro del debate en el Parlamento regional. "
                + "Los partidos de la oposición pidieron al Gobierno que explique sus planes antes del verano.\n");
        Files.writeString(refs.resolve("a.txt"), "El debate sobre la autodeterminación vuelve al Parlamento.\n");

        Evaluation.Table detected = Evaluation.run(nlp, docs, refs, List.of("lead"), 1);
        Evaluation.Table english = Evaluation.run(nlp, docs, refs, List.of("lead"), 1, "en");

        assertThat(detected.language()).isEqualTo("es");
        assertThat(english.language()).isEqualTo("en");
        // the Spanish tokens match "autodeterminación" whole, the English ones only its pieces: different scores
        assertThat(detected.rows().get(0).rouge1()).isNotEqualTo(english.rows().get(0).rouge1());
    }
}
