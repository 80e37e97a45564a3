package org.daybrief.digest;

import java.time.LocalDate;
import java.util.Objects;
import org.daybrief.summarize.Summary;

/**
 * A read and summarised document: what a digest is built from, and what the job stores between its steps.
 * The body is not kept: only what the digest shows.
 *
 * @param id      the document's content id
 * @param path    where it came from
 * @param title   its title
 * @param date    its date
 * @param source  outlet or author, may be empty
 * @param url     http(s) link to the original, may be empty
 * @param summary its summary
 */
public record DocumentSummary(String id, String path, String title, LocalDate date, String source, String url,
        Summary summary) {

    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }
}
