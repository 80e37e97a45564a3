package org.daybrief.source.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page and leaves the site's chrome out (navigation, cookie banners, "most read" boxes,
 * share bars, footers), with Readability4J: a port of Mozilla's Readability, the algorithm behind Firefox's reader
 * view, which scores blocks by their text, links and class names. The page's own metadata (Open Graph site name,
 * published time, author) is read before the extractor prunes the page. Thread-safe.
 */
public final class ArticleExtractor {

    /** A page whose article has fewer words than this outside links has no article: a front page, an index. */
    static final int MIN_WORDS = 25;

    /**
     * A page's article.
     *
     * @param title     the article's title, or empty
     * @param byline    its author as the page gives it, or empty
     * @param siteName  the site's name ({@code og:site_name}), or empty
     * @param published its published time as the page writes it ({@code article:published_time}), or empty
     * @param html      the article's content as HTML, chrome removed
     */
    public record Extracted(String title, String byline, String siteName, String published, String html) {
    }

    /**
     * @param contentType the answer's {@code Content-Type}, for its charset; the page's own {@code <meta charset>}
     *                    is used when it names none
     */
    public Optional<Extracted> extract(byte[] page, String contentType, URI url) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(page), charset(contentType), url.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
        String siteName = meta(doc, "og:site_name");
        String published = meta(doc, "article:published_time");
        Article article = new Readability4J(url.toString(), doc).parse();
        Element content = article.getArticleContent();
        if (content == null || proseWords(content) < MIN_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Extracted(orEmpty(article.getTitle()), orEmpty(article.getByline()), siteName,
                published, content.html()));
    }

    /**
     * Words outside links: what remains of a page without an article is its menus and lists of links, which the
     * extractor returns when it finds nothing better.
     */
    private static int proseWords(Element content) {
        Element prose = content.clone();
        prose.select("a, nav, button").remove();
        String text = prose.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    /** The charset a {@code Content-Type} names, when Java knows it; null lets jsoup read the page's own. */
    static String charset(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "").strip();
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
