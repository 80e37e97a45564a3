package org.daybrief.source.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.daybrief.ingest.RawDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A feed item or an extracted article as an HTML document for the summarize step: its text in the body, its title,
 * author, date, source name and link as the {@code <meta>} tags Tika reads and the document factory looks for
 * ({@code og:title}, {@code author}, {@code article:published_time}, {@code og:site_name}, {@code og:url}). Built
 * with jsoup, so whatever a feed's fields hold is escaped, and the content's markup is parsed, never pasted.
 *
 * @param path      the document's path as shown: its link, or the feed's address and the item's id
 * @param title     its title, or empty
 * @param author    its author, or empty
 * @param published its date as ISO-8601 (an instant or a date-time with offset), or empty
 * @param source    the outlet: the feed's title, or the site's name
 * @param url       its link, or empty
 * @param html      its content as HTML
 */
public record WebDocument(String path, String title, String author, String published, String source, String url,
        String html) {

    /** @param modified the date of last resort (the fetch time when the item gives none) */
    public RawDocument toRaw(Instant modified) {
        Document doc = Document.createShell(url.isEmpty() ? "" : url);
        doc.outputSettings().charset(StandardCharsets.UTF_8);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        if (!title.isEmpty()) {
            doc.title(title);
            meta(head, "og:title", title);
        }
        meta(head, "author", author);
        meta(head, "article:published_time", published);
        meta(head, "og:site_name", source);
        meta(head, "og:url", url);
        doc.body().html(html);
        return RawDocument.ofBytes(path, doc.outerHtml().getBytes(StandardCharsets.UTF_8), modified);
    }

    private static void meta(Element head, String name, String value) {
        if (value != null && !value.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", value.strip());
        }
    }
}
