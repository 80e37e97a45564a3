package org.daybrief.digest;

import java.time.LocalDate;
import java.util.Objects;
import org.daybrief.summarize.Summary;

/**
 * A read and summarised document: what a digest is built from, and what the job stores between its steps.
 *
 * @param id      the document's content id
 * @param path    where it came from
 * @param title   its title
 * @param date    its date
 * @param source  outlet or author, may be empty
 * @param url     http(s) link to the original, may be empty
 * @param summary its summary
 * @param body    its text (at most {@link #MAX_BODY_CHARS} characters), for grouping documents into stories and
 *                summarising a story across its sources; empty when not kept
 */
public record DocumentSummary(String id, String path, String title, LocalDate date, String source, String url,
        Summary summary, String body) {

    /** Characters of body text kept per document: enough to compare and summarise a long article. */
    public static final int MAX_BODY_CHARS = 200_000;

    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        body = body == null ? "" : body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
    }

    /** A summary without its body: the story is then built from the summary sentences alone. */
    public DocumentSummary(String id, String path, String title, LocalDate date, String source, String url,
            Summary summary) {
        this(id, path, title, date, source, url, summary, "");
    }

    /** The same document with {@code body} as its text. */
    public DocumentSummary withBody(String text) {
        return new DocumentSummary(id, path, title, date, source, url, summary, text);
    }
}
