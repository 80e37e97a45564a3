package org.daybrief.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document as read from a source: a file, or one entry of an archive or mailbox.
 *
 * @param id          stable identifier: the SHA-256 of the extracted body text (hex), so a re-saved or renamed
 *                    copy of the same text has the same id
 * @param path        where it came from, relative to the working folder where possible; an archive entry is
 *                    {@code archive.zip!/entry.txt}
 * @param title       the document's title (front matter, metadata, or a short first line), never blank; at most
 *                    {@link FieldLimits#TITLE} characters, cut at a word
 * @param body        the text to summarise: no front matter, no headline line
 * @param date        the document's date (front matter, format metadata, or file modification time)
 * @param source      the outlet or author the document says it comes from; may be empty
 * @param url         a link to the original, http(s) only; may be empty
 * @param mediaType   the media type Tika detected, e.g. {@code text/plain}
 * @param titleFromBody true when the document has no title of its own and its opening words stand in
 */
public record SourceDocument(
        String id, String path, String title, String body, LocalDate date, String source, String url,
        String mediaType, boolean titleFromBody) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(date, "date");
        // Bounded here, so no value reaches the database or a page longer than its column (see FieldLimits).
        path = FieldLimits.path(path);
        title = FieldLimits.title(title);
        source = source == null ? "" : FieldLimits.source(source);
        url = FieldLimits.url(url);
        mediaType = mediaType == null ? "" : mediaType;
    }

    /**
     * The title a summariser may compare sentences with: none when the title was made from the body's own
     * opening words, or the first sentence would be refused as a repeat of the headline.
     */
    public String headline() {
        return titleFromBody ? "" : title;
    }
}
