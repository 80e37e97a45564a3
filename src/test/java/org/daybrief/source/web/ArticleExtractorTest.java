package org.daybrief.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void keepsTheArticleAndLeavesNavigationCookieBannerMostReadAndFooterOut() {
        byte[] page = NewsFixtures.page("Dockworkers strike at Easthaven", NewsFixtures.HARBOUR)
                .getBytes(StandardCharsets.UTF_8);

        ArticleExtractor.Extracted article = extractor.extract(page, "text/html; charset=utf-8",
                URI.create("http://news.example/articles/harbour.html")).orElseThrow();

        String text = Jsoup.parse(article.html()).text();
        for (String paragraph : NewsFixtures.HARBOUR) {
            assertThat(text).contains(paragraph);
        }
        for (String chrome : NewsFixtures.CHROME) {
            assertThat(text).doesNotContain(chrome);
        }
        assertThat(text).doesNotContain("Home").doesNotContain("Manage settings").doesNotContain("Contact us");
        assertThat(article.siteName()).isEqualTo("Lakeside Courier");
        assertThat(article.title()).startsWith("Dockworkers strike at Easthaven");
    }

    @Test
    void aPageWithoutTextHasNoArticle() {
        byte[] page = "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(extractor.extract(page, "text/html", URI.create("http://news.example/"))).isEmpty();
    }

    @Test
    void theCharsetOfTheContentTypeIsUsedWhenJavaKnowsIt() {
        assertThat(ArticleExtractor.charset("text/html; charset=ISO-8859-1")).isEqualTo("ISO-8859-1");
        assertThat(ArticleExtractor.charset("text/html; charset=\"utf-8\"")).isEqualTo("utf-8");
        assertThat(ArticleExtractor.charset("text/html; charset=no-such-thing")).isNull();
        assertThat(ArticleExtractor.charset("text/html")).isNull();
    }
}
