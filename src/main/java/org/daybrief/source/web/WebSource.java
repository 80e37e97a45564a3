package org.daybrief.source.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.daybrief.ingest.RawDocument;
import org.daybrief.source.Source;
import org.daybrief.source.SourceContext;
import org.daybrief.source.WebEntry;

/**
 * An {@code http(s)} source: fetched (conditionally, when it was fetched before), then read as what it turns out
 * to be. An RSS or Atom feed gives one document per item ({@link FeedItems}); an HTML page is one document, its
 * article without the site's chrome ({@link ArticleExtractor}). Anything else, or a fetch that fails, is one
 * skipped document named {@code feed <url>} (or {@code page <url>}) with the reason, and the source's failure is
 * counted in its health.
 */
public final class WebSource implements Source {

    private final WebEntry entry;
    private final SourceContext context;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private Deque<RawDocument> pending;
    private FeedItems items;

    public WebSource(WebEntry entry, SourceContext context) {
        this.entry = entry;
        this.context = context;
    }

    @Override
    public RawDocument next() {
        if (pending == null) {
            pending = new ArrayDeque<>();
            start();
        }
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        return items == null ? null : items.next();
    }

    private void start() {
        URI url = entry.url();
        HttpFetcher http = context.http();
        // A source the user names may be anywhere; one on a private address may link to others there.
        boolean linksMayBePrivate = entry.allowPrivate() || http.guard().isPrivate(url);
        HttpFetcher.Fetched fetched;
        try {
            fetched = http.get(url, HttpFetcher.Mode.REVALIDATE, linksMayBePrivate);
        } catch (FetchException e) {
            fail(label(url), e.getMessage());
            return;
        }
        if (looksLikeXml(fetched)) {
            SyndFeed feed;
            try {
                SyndFeedInput input = new SyndFeedInput();
                // RSS 0.91 feeds carry Netscape's DOCTYPE, so DOCTYPEs are allowed; ROME still loads no external DTD
                // and expands no external entity, and the JDK caps entity expansion (WebSourceTest).
                input.setAllowDoctypes(true);
                feed = input.build(new XmlReader(new ByteArrayInputStream(fetched.body()),
                        fetched.contentType().isEmpty() ? null : fetched.contentType(), true));
            } catch (FeedException | IOException | IllegalArgumentException e) {
                fail("feed", "not a feed: " + HttpFetcher.oneLine(e));
                return;
            }
            items = new FeedItems(feed, fetched.url(), linksMayBePrivate, http, extractor, context.limits());
        } else if (looksLikeHtml(fetched)) {
            Optional<ArticleExtractor.Extracted> article = extractor.extract(fetched.body(), fetched.contentType(),
                    fetched.url());
            if (article.isEmpty()) {
                fail("page", "no article text found on the page");
                return;
            }
            ArticleExtractor.Extracted a = article.get();
            pending.add(new WebDocument(url.toString(), a.title(), a.byline(), a.published(),
                    a.siteName().isEmpty() ? url.getHost() : a.siteName(), url.toString(), a.html())
                    .toRaw(Instant.now()));
        } else {
            fail(label(url), "not a feed or web page (" + (fetched.contentType().isEmpty()
                    ? "no content type" : fetched.contentType()) + ")");
            return;
        }
        context.health().succeeded(context.job(), entry.location());
    }

    private void fail(String kind, String reason) {
        int runs = context.health().failed(context.job(), entry.location(), reason);
        pending.add(RawDocument.failed(kind + " " + entry.location(), reason
                + (runs > 1 ? " (failed " + runs + " runs in a row)" : "")));
    }

    /** What the source is taken for when it cannot be read: a feed when its address or content type says so. */
    private static String label(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        boolean feedish = path.endsWith(".xml") || path.endsWith(".rss") || path.endsWith(".atom")
                || path.contains("feed") || path.contains("rss") || path.contains("atom");
        return feedish ? "feed" : "page";
    }

    static boolean looksLikeXml(HttpFetcher.Fetched f) {
        String type = f.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return false;
        }
        if (type.contains("xml") || type.contains("rss") || type.contains("atom")) {
            return true;
        }
        String start = opening(f.body());
        return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")
                || start.startsWith("<rdf");
    }

    static boolean looksLikeHtml(HttpFetcher.Fetched f) {
        String type = f.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        String start = opening(f.body());
        return type.isEmpty() || type.startsWith("text/plain") || type.contains("octet-stream")
                ? start.startsWith("<!doctype html") || start.startsWith("<html") : false;
    }

    /** The first characters after a byte-order mark and white space, lower-cased. */
    private static String opening(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        return s.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "").toLowerCase(Locale.ROOT);
    }
}
