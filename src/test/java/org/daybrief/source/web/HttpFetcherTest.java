package org.daybrief.source.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.daybrief.source.web.LoopbackWeb.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private static final WebSettings FAST = new WebSettings(Duration.ZERO, Duration.ofSeconds(10), 2,
            Duration.ofSeconds(2));

    private LoopbackWeb web;
    private MemoryHttpCache cache;
    private HttpFetcher http;

    @BeforeEach
    void setUp() throws Exception {
        web = new LoopbackWeb();
        cache = new MemoryHttpCache();
        http = new HttpFetcher(FAST, 1024 * 1024, cache);
    }

    @AfterEach
    void tearDown() {
        web.close();
    }

    private URI url(String path) {
        return URI.create(web.url(path));
    }

    @Test
    void namesItselfAsksForGzipAndDecodesIt() throws Exception {
        web.serve("/a.xml", Answer.ok("application/rss+xml", "<rss>hello</rss>"));

        HttpFetcher.Fetched f = http.get(url("/a.xml"), HttpFetcher.Mode.REVALIDATE, true);

        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>hello</rss>");
        LoopbackWeb.Request r = web.requests("/a.xml").get(0);
        assertThat(r.header("User-Agent")).startsWith("Daybrief/0.1.0");
        assertThat(r.header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void asksAgainConditionallyAndA304GivesWhatWasReadBefore() throws Exception {
        web.serve("/feed.xml", Answer.ok("application/rss+xml", "<rss>v1</rss>").withHeader("ETag", "\"v1\"")
                .withHeader("Last-Modified", "Tue, 23 Sep 2025 08:00:00 GMT"));
        http.get(url("/feed.xml"), HttpFetcher.Mode.REVALIDATE, true);

        HttpFetcher.Fetched again = http.get(url("/feed.xml"), HttpFetcher.Mode.REVALIDATE, true);

        assertThat(again.fromCache()).isTrue();
        assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>v1</rss>");
        LoopbackWeb.Request second = web.requests("/feed.xml").get(1);
        assertThat(second.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.header("If-Modified-Since")).isEqualTo("Tue, 23 Sep 2025 08:00:00 GMT");
    }

    @Test
    void aPageReadBeforeIsNotAskedForAgain() throws Exception {
        web.serve("/article.html", Answer.ok("text/html", "<p>words</p>"));
        http.get(url("/article.html"), HttpFetcher.Mode.CACHED, true);
        http.get(url("/article.html"), HttpFetcher.Mode.CACHED, true);
        assertThat(web.requests("/article.html")).hasSize(1);
    }

    @Test
    void followsFiveRedirectsButNotSix() throws Exception {
        for (int i = 0; i < 6; i++) {
            web.serve("/r" + i, Answer.redirect("/r" + (i + 1)));
        }
        web.serve("/r6", Answer.ok("text/html", "end"));
        web.serve("/s1", Answer.redirect("/r2")); // five hops: s1 -> r2 -> r3 -> r4 -> r5 -> r6

        assertThat(http.get(url("/s1"), HttpFetcher.Mode.REVALIDATE, true).url().getPath()).isEqualTo("/r6");
        assertThatThrownBy(() -> http.get(url("/r0"), HttpFetcher.Mode.REVALIDATE, true))
                .isInstanceOf(FetchException.class).hasMessage("too many redirects (more than 5)");
    }

    @Test
    void triesA503AgainAfterItsRetryAfter() throws Exception {
        web.serveInTurn("/busy", Answer.status(503).withHeader("Retry-After", "1"),
                Answer.ok("text/html", "ready"));

        HttpFetcher.Fetched f = http.get(url("/busy"), HttpFetcher.Mode.REVALIDATE, true);

        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("ready");
        assertThat(web.requests("/busy")).hasSize(2);
    }

    @Test
    void aRetryAfterPastTheLimitFailsAtOnceAndA500IsNotRetried() throws Exception {
        web.serve("/later", Answer.status(429).withHeader("Retry-After", "3600"));
        web.serve("/broken", Answer.status(500));

        assertThatThrownBy(() -> http.get(url("/later"), HttpFetcher.Mode.REVALIDATE, true))
                .hasMessage("HTTP 429 (asked to wait 3600 s, more than the 2 s web.max-retry-wait)");
        assertThatThrownBy(() -> http.get(url("/broken"), HttpFetcher.Mode.REVALIDATE, true))
                .hasMessage("HTTP 500");
        assertThat(web.requests("/later")).hasSize(1);
        assertThat(web.requests("/broken")).hasSize(1);
    }

    @Test
    void aServerThatStallsInTheMiddleOfItsAnswerTimesOut() throws Exception {
        web.serve("/stall", Answer.stalling());
        HttpFetcher impatient = new HttpFetcher(new WebSettings(Duration.ZERO, Duration.ofMillis(500), 0,
                Duration.ZERO), 1024, cache);

        assertThatThrownBy(() -> impatient.get(url("/stall"), HttpFetcher.Mode.REVALIDATE, true))
                .hasMessage("timed out after 500 ms");
    }

    @Test
    void anAnswerLargerThanAFileMayBeIsRefused() throws Exception {
        web.serve("/huge", new Answer(200, java.util.Map.of("Content-Type", "text/html"), new byte[2 * 1024 * 1024]));
        assertThatThrownBy(() -> http.get(url("/huge"), HttpFetcher.Mode.REVALIDATE, true))
                .hasMessage("too large: more than 1.0 MB limit");
    }
}
