package org.daybrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short news articles written for these tests (articles/&lt;language&gt;.txt and &lt;language&gt;-2.txt): one sentence a line, a blank line
 * between paragraphs. {@link #text} joins each paragraph's sentences with a space, as a page would show them;
 * {@link #sentences} are what a splitter must find in it, verbatim.
 */
public record Articles(String text, List<String> sentences) {

    public static Articles of(String name) {
        String file;
        try (InputStream in = Articles.class.getResourceAsStream("articles/" + name + ".txt")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = Arrays.stream(file.split("\n\n"))
                .map(paragraph -> paragraph.replace('\n', ' '))
                .collect(Collectors.joining("\n\n"));
        List<String> sentences = file.lines().filter(line -> !line.isBlank()).toList();
        return new Articles(text, sentences);
    }

    /** {@code nlp} detects the article's language and splits it into its six sentences, verbatim. */
    void assertDetectedAndSplitVerbatim(NlpModels nlp, String language) {
        assertThat(nlp.detectLanguage(text)).isEqualTo(language);
        assertThat(nlp.split(text).sentences().stream().map(s -> s.of(text)).toList())
                .hasSize(6).containsExactlyElementsOf(sentences);
    }
}
