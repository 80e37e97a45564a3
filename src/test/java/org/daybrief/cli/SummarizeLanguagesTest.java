package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.daybrief.ingest.TestFiles;
import org.daybrief.text.Articles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code summarize --sentences 10} on a six-sentence article in another language keeps all six, verbatim. */
class SummarizeLanguagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"es", "it", "pt", "nl", "pl", "ru"})
    void printsTheSixSentencesOfTheArticle(String language) throws Exception {
        Articles article = Articles.of(language);
        Path in = dir.resolve("in");
        TestFiles.text(in, language + ".txt", article.text());
        Path out = dir.resolve("out");

        CliRunner result = CliRunner.run("summarize", "--sentences", "10", "--out", out.toString(), in.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out.resolve(language + ".txt"))).containsExactlyElementsOf(article.sentences());
    }
}
