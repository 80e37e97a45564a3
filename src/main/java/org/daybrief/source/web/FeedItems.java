package org.daybrief.source.web;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.daybrief.ingest.IngestLimits;
import org.daybrief.ingest.RawDocument;
import org.jsoup.Jsoup;

/**
 * The items of a parsed feed as documents, in the feed's order. An item that carries its article
 * ({@code content:encoded}, Atom {@code content}, or a long description) is read as it is; one that carries only a
 * teaser has its linked page fetched (once: an article page read before is not asked for again) and its article
 * extracted. A link that leads to a private address, from a feed that is not on one, is not fetched: the item is
 * skipped with that reason.
 */
final class FeedItems {

    /** An item with fewer words than this is a teaser: its article is on the page it links to... */
    static final int TEASER_WORDS = 120;
    /** ...unless they are this many or more and come as the item's content (content:encoded, Atom content). */
    static final int CONTENT_WORDS = 50;

    private final String feedTitle;
    private final URI feedUrl;
    private final boolean linksMayBePrivate;
    private final HttpFetcher http;
    private final ArticleExtractor extractor;
    private final Iterator<SyndEntry> entries;
    private int index;

    FeedItems(SyndFeed feed, URI feedUrl, boolean linksMayBePrivate, HttpFetcher http, ArticleExtractor extractor,
            IngestLimits limits) {
        this.feedTitle = feed.getTitle() == null || feed.getTitle().isBlank() ? feedUrl.getHost()
                : feed.getTitle().strip();
        this.feedUrl = feedUrl;
        this.linksMayBePrivate = linksMayBePrivate;
        this.http = http;
        this.extractor = extractor;
        List<SyndEntry> all = feed.getEntries();
        this.entries = all.subList(0, Math.min(all.size(), limits.maxArchiveEntries())).iterator();
    }

    /** The next item's document, or null after the last. */
    RawDocument next() {
        if (!entries.hasNext()) {
            return null;
        }
        index++;
        return document(entries.next());
    }

    private RawDocument document(SyndEntry item) {
        Optional<URI> link = link(item);
        String id = item.getUri() != null && !item.getUri().isBlank() ? item.getUri().strip()
                : link.map(URI::toString).orElse("item-" + index);
        String path = link.map(URI::toString).orElse(feedUrl + "#" + id);
        String content = content(item);
        boolean carriesArticle = words(content) >= TEASER_WORDS
                || (hasContent(item) && words(content) >= CONTENT_WORDS);
        String title = item.getTitle() == null ? "" : Jsoup.parse(item.getTitle()).text();
        Instant when = date(item);
        String published = when == null ? "" : when.toString();
        String author = item.getAuthor() == null ? "" : item.getAuthor();
        Instant modified = when == null ? Instant.now() : when;
        String url = link.map(URI::toString).orElse("");
        if (carriesArticle || link.isEmpty()) {
            return new WebDocument(path, title, author, published, feedTitle, url, content).toRaw(modified);
        }
        HttpFetcher.Fetched page;
        try {
            page = http.get(link.get(), HttpFetcher.Mode.CACHED, linksMayBePrivate);
        } catch (FetchException e) {
            if (e.getMessage().startsWith("not fetched:") || words(content) == 0) {
                return RawDocument.failed(path, "article page " + e.getMessage());
            }
            // The page is gone or failing: the teaser is what there is.
            return new WebDocument(path, title, author, published, feedTitle, url, content).toRaw(modified);
        }
        Optional<ArticleExtractor.Extracted> article = extractor.extract(page.body(), page.contentType(), page.url());
        if (article.isEmpty() || words(article.get().html()) <= words(content)) {
            return new WebDocument(path, title, author, published, feedTitle, url, content).toRaw(modified);
        }
        ArticleExtractor.Extracted a = article.get();
        return new WebDocument(path, title.isEmpty() ? a.title() : title, author.isEmpty() ? a.byline() : author,
                published.isEmpty() ? a.published() : published, feedTitle, url, a.html()).toRaw(modified);
    }

    /** The item's link, resolved against the feed's address, when it is http(s). */
    private Optional<URI> link(SyndEntry item) {
        if (item.getLink() == null || item.getLink().isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = feedUrl.resolve(item.getLink().strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? Optional.of(u)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The article the item carries ({@code content:encoded}, Atom content), else its description. */
    private static String content(SyndEntry item) {
        String contents = item.getContents().stream().map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
        if (!contents.isBlank()) {
            return contents;
        }
        return item.getDescription() == null || item.getDescription().getValue() == null ? ""
                : item.getDescription().getValue();
    }

    private static boolean hasContent(SyndEntry item) {
        return item.getContents().stream().anyMatch(c -> c.getValue() != null && !c.getValue().isBlank());
    }

    private static Instant date(SyndEntry item) {
        Date d = item.getPublishedDate() != null ? item.getPublishedDate() : item.getUpdatedDate();
        return d == null ? null : d.toInstant();
    }

    private static int words(String html) {
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
