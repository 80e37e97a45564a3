package org.daybrief.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.daybrief.summarize.ScoredSentence;

/**
 * One summarised document as it appears in a digest.
 *
 * @param path             where it came from ({@code seeds/a.txt}, {@code news.zip!/b.html})
 * @param title            its title
 * @param date             its date
 * @param source           the outlet or author, may be empty
 * @param link             where a reader can open it: the document's http(s) URL, else a relative link from the
 *                         digest's folder to the source file; never any other scheme
 * @param language         detected language code
 * @param fallbackSplitter true when no sentence model existed for the language
 * @param summary          the chosen sentences in document order
 * @param centrality       mean similarity to the story's other documents (1 for a story of one document)
 * @param copies           other files with the same words (a copy in another folder or format), merged into this
 *                         one, in path order
 */
public record DigestDocument(String path, String title, LocalDate date, String source, String link,
        String language, boolean fallbackSplitter, List<ScoredSentence> summary, double centrality,
        List<String> copies) {

    public DigestDocument(String path, String title, LocalDate date, String source, String link, String language,
            boolean fallbackSplitter, List<ScoredSentence> summary, double centrality) {
        this(path, title, date, source, link, language, fallbackSplitter, summary, centrality, List.of());
    }

    /** A document that is its story's only one. */
    public DigestDocument(String path, String title, LocalDate date, String source, String link, String language,
            boolean fallbackSplitter, List<ScoredSentence> summary) {
        this(path, title, date, source, link, language, fallbackSplitter, summary, 1.0);
    }

    public DigestDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        source = source == null ? "" : source;
        link = link == null ? "" : link;
        summary = List.copyOf(summary);
        copies = copies == null ? List.of() : copies.stream().sorted().toList();
    }
}
