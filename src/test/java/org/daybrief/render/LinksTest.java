package org.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "mailto:a@example.org", "vbscript:x",
            "//evil.example/x", "\\\\evil.example\\x", "/\\evil.example", "http:evil.example", "https://", "http:///x",
            "ftp://example.org/a", "c:/windows/a.txt", "https://exa mple.org\n/x", ""})
    void refusesEverythingButHttpAndRelative(String link) {
        assertThat(Links.safeHref(link)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.org/a?b=1&c=2#d|https://example.org/a?b=1&c=2#d",
            "HTTP://Example.org/|HTTP://Example.org/",
            "../../seeds/a.txt|../../seeds/a.txt",
            "../../seeds/my file (1).txt|../../seeds/my%20file%20%281%29.txt",
            "seeds/über \"q\" <x>.txt|seeds/%C3%BCber%20%22q%22%20%3Cx%3E.txt",
            "seeds/100%.txt|seeds/100%25.txt",
            "seeds/a%20b.txt|seeds/a%20b.txt",
            "seeds/a:b.txt|seeds/a:b.txt",
            "news.zip!/b.html|news.zip!/b.html"})
    void acceptsHttpAndRelativeLinksPercentEncoded(String link, String expected) {
        assertThat(Links.safeHref(link)).contains(expected);
    }
}
