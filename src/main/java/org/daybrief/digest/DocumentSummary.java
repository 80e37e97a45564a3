package org.daybrief.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.daybrief.ingest.FieldLimits;
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
 * @param copies  the paths of other files with the same words (a copy in another folder or format), merged into
 *                this document, in path order
 */
public record DocumentSummary(String id, String path, String title, LocalDate date, String source, String url,
        Summary summary, String body, List<String> copies) {

    /** Characters of body text kept per document: enough to compare and summarise a long article. */
    public static final int MAX_BODY_CHARS = FieldLimits.BODY;

    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        // The same bounds as a SourceDocument's: a summary made elsewhere (a test, an older database) holds to them too.
        path = FieldLimits.path(path);
        title = FieldLimits.title(title);
        source = source == null ? "" : FieldLimits.source(source);
        url = FieldLimits.url(url);
        body = body == null ? "" : body.length() > MAX_BODY_CHARS
                ? body.substring(0, Character.isHighSurrogate(body.charAt(MAX_BODY_CHARS - 1)) ? MAX_BODY_CHARS - 1
                        : MAX_BODY_CHARS) : body;
        copies = copies == null ? List.of() : copies.stream().map(FieldLimits::path).sorted().toList();
    }

    public DocumentSummary(String id, String path, String title, LocalDate date, String source, String url,
            Summary summary, String body) {
        this(id, path, title, date, source, url, summary, body, List.of());
    }

    /** A summary without its body: the story is then built from the summary sentences alone. */
    public DocumentSummary(String id, String path, String title, LocalDate date, String source, String url,
            Summary summary) {
        this(id, path, title, date, source, url, summary, "");
    }

    /** The same document with {@code body} as its text. */
    public DocumentSummary withBody(String text) {
        return new DocumentSummary(id, path, title, date, source, url, summary, text, copies);
    }

    /** The same document with {@code paths} as its copies. */
    public DocumentSummary withCopies(List<String> paths) {
        return new DocumentSummary(id, path, title, date, source, url, summary, body, paths);
    }
}
