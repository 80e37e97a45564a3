package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code daybrief eval --summaries}: another summariser's output scored from the command line. */
class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void summariesMadeElsewhereArePrintedOneRowPerFolder() throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(refs.resolve("a.txt"), "A storm hit the coast on Monday.\nThousands lost power.\n");
        Path peer = Files.createDirectories(dir.resolve("some-peer"));
        Files.writeString(peer.resolve("a.txt"), "A storm hit the coast on Monday.\nThousands lost power.\n");

        CliRunner result = CliRunner.run("eval", "--summaries", peer.toString(), "--refs", refs.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).hasSize(2).element(1).asString()
                .matches("some-peer +1 +100\\.00 +100\\.00 +100\\.00 +100\\.00 +0\\.0 +\\d+"); // repeat% 0.0
    }

    @Test
    void summariesTakeOneRefsFolderAndNoDocs() throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Path peer = Files.createDirectories(dir.resolve("peer"));

        CliRunner withDocs = CliRunner.run("eval", "--summaries", peer.toString(), "--docs", peer.toString(),
                "--refs", refs.toString());
        assertThat(withDocs.exitCode()).isEqualTo(Main.USAGE);
        assertThat(withDocs.err()).contains("--summaries").contains("--docs");

        CliRunner twoRefs = CliRunner.run("eval", "--summaries", peer.toString(), "--refs", refs.toString(),
                "--refs", refs.toString());
        assertThat(twoRefs.exitCode()).isEqualTo(Main.USAGE);
        assertThat(twoRefs.err()).contains("one --refs folder, got 2");

        CliRunner neither = CliRunner.run("eval", "--refs", refs.toString());
        assertThat(neither.exitCode()).isEqualTo(Main.USAGE);
        assertThat(neither.err()).contains("--docs").contains("--summaries");
    }

    @Test
    void langSetsTheTokensOfSummariesScoredHereAndStderrSaysWhich() throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(refs.resolve("a.txt"), "La autodeterminación vuelve al debate.\n");
        Path peer = Files.createDirectories(dir.resolve("peer"));
        Files.writeString(peer.resolve("a.txt"), "Las autodeterminaciones vuelven al debate.\n");

        CliRunner english = CliRunner.run("eval", "--summaries", peer.toString(), "--refs", refs.toString());
        CliRunner spanish = CliRunner.run("eval", "--summaries", peer.toString(), "--refs", refs.toString(),
                "--lang", "es");

        assertThat(english.err()).contains("ROUGE tokens for language en");
        assertThat(spanish.err()).contains("ROUGE tokens for language es");
        // Spanish stems match "autodeterminaciones" and "vuelven" to the reference's words; English tokens do not
        assertThat(r1(spanish)).isGreaterThan(r1(english));
    }

    @Test
    void clustersAreScoredInTheirArticlesLanguageOrInLang() throws Exception {
        Path cluster = Files.createDirectories(dir.resolve("clusters").resolve("c1"));
        Files.writeString(cluster.resolve("1.txt"), "El Gobierno aprobó el martes una reforma de las pensiones que "
                + "eleva la edad de jubilación. Los sindicatos anunciaron movilizaciones en todas las ciudades del "
                + "país. La oposición criticó que la reforma se aprobara sin el apoyo de los trabajadores.\n");
        Files.writeString(cluster.resolve("2.txt"), "Las autodeterminaciones vuelven al debate en el Parlamento, "
                + "donde los partidos discutieron durante horas la reforma de las pensiones. Los trabajadores "
                + "jubilados se manifestaron frente a las puertas del Congreso para pedir más ayudas.\n");
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(refs.resolve("c1.txt"), "El Gobierno aprueba la reforma de las pensiones.\n"
                + "La autodeterminación vuelve al debate.\n");

        CliRunner detected = CliRunner.run("eval", "--clusters", "--docs", dir.resolve("clusters").toString(),
                "--refs", refs.toString());
        CliRunner english = CliRunner.run("eval", "--clusters", "--docs", dir.resolve("clusters").toString(),
                "--refs", refs.toString(), "--lang", "en");

        assertThat(detected.exitCode()).as(detected.err()).isZero();
        assertThat(detected.err()).contains("ROUGE tokens for language es (detected)");
        assertThat(english.err()).contains("ROUGE tokens for language en").doesNotContain("detected");
        // Spanish stems match "autodeterminaciones", "vuelven" and "aprobó" to the reference's words
        assertThat(r1(detected)).isGreaterThan(r1(english));
    }

    private static double r1(CliRunner result) {
        return Double.parseDouble(result.out().lines().skip(1).findFirst().orElseThrow().trim().split(" +")[2]);
    }
}
