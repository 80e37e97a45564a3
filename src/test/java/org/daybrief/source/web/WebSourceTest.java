package org.daybrief.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daybrief.ingest.DocumentParser;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.SourceDocument;
import org.daybrief.source.SourceContext;
import org.daybrief.source.SourceHealth;
import org.daybrief.source.WebEntry;
import org.daybrief.source.web.LoopbackWeb.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds and pages read into documents. The private-address tests put the feed on a public name: every host is
 * resolved by a fake DNS and every connection goes to the loopback server as a proxy, which records the host each
 * request was meant for, so a request that should not have been made shows even though nothing leaves the machine.
 */
class WebSourceTest {

    private static final WebSettings FAST = new WebSettings(Duration.ZERO, Duration.ofSeconds(10), 0,
            Duration.ZERO);
    private static final Map<String, String> DNS = Map.of(
            "news.example", "93.184.216.34",
            "intranet.example", "10.1.2.3",
            "metadata.example", "169.254.169.254");

    private LoopbackWeb web;

    @BeforeEach
    void setUp() throws Exception {
        web = new LoopbackWeb();
    }

    @AfterEach
    void tearDown() {
        web.close();
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null && !Character.isDigit(host.charAt(0))) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address != null ? address : host)};
    }

    private List<RawDocument> read(WebEntry entry) {
        HttpFetcher http = new HttpFetcher(FAST, IngestLimits.DEFAULTS.maxFileBytes(), new MemoryHttpCache(),
                WebSourceTest::resolve, web.proxy());
        WebSource source = new WebSource(entry, new SourceContext("test", IngestLimits.DEFAULTS, ZoneOffset.UTC,
                http, SourceHealth.NONE));
        List<RawDocument> out = new ArrayList<>();
        for (RawDocument d = source.next(); d != null; d = source.next()) {
            out.add(d);
        }
        return out;
    }

    private static String teaser(String link) {
        return "<item><title>Teaser " + link + "</title><link>" + link + "</link><description>Short.</description>"
                + "</item>";
    }

    private void servePublicFeedLinkingToPrivateAddresses() {
        web.serve("/feed.xml", Answer.ok("application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>News</title>%s%s%s%s%s</channel></rss>"""
                .formatted(teaser("http://169.254.169.254/latest/meta-data/"), teaser("http://127.0.0.1:9/secret"),
                        teaser("http://intranet.example/wiki"), teaser("http://news.example/moved"),
                        teaser("http://news.example/articles/harbour.html"))));
        web.serve("/moved", Answer.redirect("http://metadata.example/latest/meta-data/"));
        web.serve("/articles/harbour.html", Answer.ok("text/html",
                NewsFixtures.page("Dockworkers strike at Easthaven", NewsFixtures.HARBOUR)));
        web.serve("/latest/meta-data/", Answer.ok("text/html", NewsFixtures.page("Secret", NewsFixtures.LIBRARY)));
        web.serve("/secret", Answer.ok("text/html", NewsFixtures.page("Secret", NewsFixtures.LIBRARY)));
        web.serve("/wiki", Answer.ok("text/html", NewsFixtures.page("Secret", NewsFixtures.LIBRARY)));
    }

    @Test
    void linksFromAPublicFeedToPrivateAddressesAreNotFetched() {
        servePublicFeedLinkingToPrivateAddresses();

        List<RawDocument> docs = read(new WebEntry(URI.create("http://news.example/feed.xml"), false));

        assertThat(docs).hasSize(5);
        assertThat(docs.get(0).failure())
                .isEqualTo("article page not fetched: 169.254.169.254 is a link-local address");
        assertThat(docs.get(1).failure()).isEqualTo("article page not fetched: 127.0.0.1 is a loopback address");
        assertThat(docs.get(2).failure())
                .isEqualTo("article page not fetched: intranet.example (10.1.2.3) is a private address");
        assertThat(docs.get(3).failure()).isEqualTo("article page not fetched: metadata.example (169.254.169.254) is"
                + " a link-local address (redirected from http://news.example/moved)");
        assertThat(docs.get(4).isFailure()).isFalse();
        assertThat(web.requests().stream().map(LoopbackWeb.Request::host).distinct())
                .containsExactly("news.example");
        assertThat(web.requests().stream().map(LoopbackWeb.Request::path))
                .containsExactly("/feed.xml", "/moved", "/articles/harbour.html");
    }

    @Test
    void allowPrivateLetsTheJobReachThem() {
        servePublicFeedLinkingToPrivateAddresses();

        List<RawDocument> docs = read(new WebEntry(URI.create("http://news.example/feed.xml"), true));

        assertThat(docs).noneMatch(RawDocument::isFailure);
        assertThat(web.requests().stream().map(LoopbackWeb.Request::host))
                .contains("169.254.169.254", "127.0.0.1", "intranet.example", "metadata.example");
    }

    @Test
    void aFeedOnAPrivateAddressMayLinkToOthers() {
        web.serve("/feed.xml", Answer.ok("application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Intranet</title>%s</channel></rss>"""
                .formatted(teaser("http://127.0.0.1:9/secret"))));
        web.serve("/secret", Answer.ok("text/html", NewsFixtures.page("Library", NewsFixtures.LIBRARY)));

        List<RawDocument> docs = read(new WebEntry(URI.create("http://intranet.example/feed.xml"), false));

        assertThat(docs).singleElement().matches(d -> !d.isFailure());
        assertThat(web.requests("/secret")).hasSize(1);
    }

    @Test
    void feedItemsAndTeasersBecomeDocumentsWithTheirTitleSourceLinkAndDate() throws Exception {
        web.serve("/feed.xml", Answer.ok("application/rss+xml", NewsFixtures.rss("http://news.example")));
        web.serve("/articles/harbour.html", Answer.ok("text/html",
                NewsFixtures.page("Dockworkers strike at Easthaven", NewsFixtures.HARBOUR)));
        web.serve("/articles/library.html", Answer.ok("text/html",
                NewsFixtures.page("Library reopens after renovation", NewsFixtures.LIBRARY)));

        List<RawDocument> raws = read(new WebEntry(URI.create("http://news.example/feed.xml"), false));

        List<SourceDocument> docs = new ArrayList<>();
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneOffset.UTC)) {
            for (RawDocument raw : raws) {
                docs.add(parser.parse(raw));
            }
        }
        assertThat(docs).extracting(SourceDocument::title).containsExactly("Central bank holds rates",
                "Council approves tram extension", "Dockworkers strike at Easthaven",
                "Library reopens after renovation");
        assertThat(docs).extracting(SourceDocument::source).containsOnly("Lakeside Courier");
        assertThat(docs.get(0).url()).isEqualTo("http://news.example/news/rates");
        assertThat(docs.get(0).path()).isEqualTo("http://news.example/news/rates");
        assertThat(docs.get(0).date()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(docs.get(0).body()).contains("Two members of the rate committee voted for a cut");
        // The teaser's document is the article from its page, without the page's chrome.
        SourceDocument harbour = docs.get(2);
        assertThat(harbour.body()).contains(NewsFixtures.HARBOUR.get(2)).doesNotContain("Read more");
        for (String chrome : NewsFixtures.CHROME) {
            assertThat(harbour.body()).doesNotContain(chrome);
        }
    }

    @Test
    void aFeedWithADoctypeIsReadButItsDtdAndExternalEntitiesNeverAre() throws Exception {
        // RSS 0.91 feeds carry Netscape's DOCTYPE: refusing every DOCTYPE would refuse them. The DTD it names is not
        // fetched, and an external entity (the classic XXE) expands to nothing.
        String text = String.join(" ", NewsFixtures.LIBRARY);
        web.serve("/rss-0.91.dtd", Answer.ok("application/xml-dtd", "<!ENTITY leak SYSTEM \"file:///etc/hostname\">"));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://news.example/rss-0.91.dtd" [
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <rss version="0.91"><channel><title>Old news</title><link>http://news.example/</link>
                <description>x</description><language>en</language>
                <item><title>Library reopens&xxe;</title><link>http://news.example/library</link>
                <description>%s&xxe;</description></item></channel></rss>""".formatted(text)));

        List<RawDocument> raws = read(new WebEntry(URI.create("http://news.example/feed.xml"), false));

        assertThat(raws).singleElement().matches(d -> !d.isFailure());
        SourceDocument doc;
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneOffset.UTC)) {
            doc = parser.parse(raws.get(0));
        }
        assertThat(doc.title()).isEqualTo("Library reopens");
        assertThat(doc.body()).contains(NewsFixtures.LIBRARY.get(0)).doesNotContain("root:");
        assertThat(web.requests("/rss-0.91.dtd")).as("the DTD is not fetched").isEmpty();
    }

    @Test
    void aShortArticleInTheItemsContentIsReadAsItIsAndAShortDescriptionIsATeaser() {
        String sixtyWords = String.join(" ", java.util.Collections.nCopies(6,
                "The council met on Monday and approved the new budget after a long debate."));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>News</title>
                <item><title>A</title><link>http://news.example/a</link>
                  <content:encoded><![CDATA[<p>%1$s</p>]]></content:encoded></item>
                <item><title>B</title><link>http://news.example/articles/harbour.html</link>
                  <description>%1$s</description></item>
                </channel></rss>""".formatted(sixtyWords)));
        web.serve("/articles/harbour.html", Answer.ok("text/html",
                NewsFixtures.page("Dockworkers strike at Easthaven", NewsFixtures.HARBOUR)));

        assertThat(read(new WebEntry(URI.create("http://news.example/feed.xml"), false))).hasSize(2);

        assertThat(web.requests("/a")).isEmpty();
        assertThat(web.requests("/articles/harbour.html")).hasSize(1);
    }

    @Test
    void aWebPageIsOneDocumentItsArticleWithoutTheSitesChrome() throws Exception {
        web.serve("/2025/library.html", Answer.ok("text/html; charset=utf-8",
                NewsFixtures.page("Library reopens after renovation", NewsFixtures.LIBRARY)));
        web.serve("/", Answer.ok("text/html", "<html><body><nav><a href='/a'>A story</a> <a href='/b'>Another</a>"
                + "</nav></body></html>"));

        List<RawDocument> raws = read(new WebEntry(URI.create("http://news.example/2025/library.html"), false));

        SourceDocument doc;
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneOffset.UTC)) {
            doc = parser.parse(raws.get(0));
        }
        assertThat(raws).hasSize(1);
        assertThat(doc.path()).isEqualTo("http://news.example/2025/library.html");
        assertThat(doc.title()).isEqualTo("Library reopens after renovation");
        assertThat(doc.source()).isEqualTo("Lakeside Courier");
        assertThat(doc.body()).contains(NewsFixtures.LIBRARY.get(1));
        for (String chrome : NewsFixtures.CHROME) {
            assertThat(doc.body()).doesNotContain(chrome);
        }
        assertThat(read(new WebEntry(URI.create("http://news.example/"), false))).singleElement()
                .satisfies(d -> {
                    assertThat(d.path()).isEqualTo("page http://news.example/");
                    assertThat(d.failure()).isEqualTo("no article text found on the page");
                });
    }

    @Test
    void aFeedThatFailsOrIsNoFeedIsOneSkippedDocumentWithItsReason() {
        web.serve("/broken.xml", Answer.status(500));
        web.serve("/data.json", Answer.ok("application/json", "{}"));
        web.serve("/bad.xml", Answer.ok("application/xml", "<?xml version=\"1.0\"?><catalogue/>"));

        assertThat(read(new WebEntry(URI.create("http://news.example/broken.xml"), false)))
                .singleElement().satisfies(d -> {
                    assertThat(d.path()).isEqualTo("feed http://news.example/broken.xml");
                    assertThat(d.failure()).isEqualTo("HTTP 500");
                });
        assertThat(read(new WebEntry(URI.create("http://news.example/data.json"), false)).get(0).failure())
                .isEqualTo("not a feed or web page (application/json)");
        assertThat(read(new WebEntry(URI.create("http://news.example/bad.xml"), false)).get(0).failure())
                .startsWith("not a feed: ");
    }
}
