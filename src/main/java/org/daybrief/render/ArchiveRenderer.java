package org.daybrief.render;

import com.samskivert.mustache.Template;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Renders a job's archive views: {@code index.html} (every digest, newest first) and {@code feed.atom} (an
 * Atom 1.0 feed with one entry per digest, holding the day's overview and every story with its summary).
 *
 * <p>The index page uses the same HTML layout as the digest. The feed is escaped for XML by the engine; each
 * entry's content is an HTML fragment rendered (and HTML-escaped) by its own template, then carried as
 * {@code type="html"} text. Ids are name-based {@code urn:uuid:} URNs of the job (feed) and job + date (entry),
 * so they never change when the files move; {@code updated} is a digest's date at 00:00Z, so output depends
 * only on the entries. Templates are compiled once; an instance is immutable and thread-safe.
 */
public final class ArchiveRenderer {

    static final Comparator<DigestEntry> NEWEST_FIRST = Comparator.comparing(DigestEntry::date).reversed()
            .thenComparing(DigestEntry::title);

    private final Template index;
    private final Template feed;
    private final Template entryContent;

    public ArchiveRenderer() {
        this.index = Templates.compile(Escaping.HTML, "html/index");
        this.feed = Templates.compile(Escaping.XML, "atom/feed");
        this.entryContent = Templates.compile(Escaping.HTML, "atom/entry-content");
    }

    /** {@code index.html} of a job: every digest in {@code entries}, newest first, linked to its page. */
    public String indexHtml(String job, List<DigestEntry> entries) {
        Objects.requireNonNull(job, "job");
        List<IndexEntry> rows = entries.stream().sorted(NEWEST_FIRST)
                .map(e -> new IndexEntry(DigestView.isoDate(e.date()), DigestView.LONG_DATE.format(e.date()), e.title(),
                        DigestView.count(e.storyCount(), "story", "stories"), e.highlights(),
                        DigestView.Link.of(e.link())))
                .toList();
        String countLabel = DigestView.count(rows.size(), "digest", "digests");
        String preheader = rows.isEmpty() ? "No digests yet" : countLabel + " · latest: " + rows.get(0).date();
        return index.execute(new IndexView(new DigestView.Page(job + " – all digests", preheader, job), job, countLabel,
                rows.isEmpty(), rows));
    }

    /**
     * {@code feed.atom} of a job.
     *
     * @param job     the job's name (feed and entry ids derive from it)
     * @param title   the feed's title, e.g. the job's title without the date
     * @param entries the digests, in any order (written newest first)
     * @param baseUrl where the job folder is published ({@code https://example.org/digests/daily/}) to make
     *                links absolute, or {@code null}/empty for links relative to the feed file
     * @throws IllegalArgumentException if {@code baseUrl} is given but is not an absolute http(s) URL
     */
    public String atomFeed(String job, String title, List<DigestEntry> entries, String baseUrl) {
        Objects.requireNonNull(job, "job");
        URI base = base(baseUrl);
        List<DigestEntry> sorted = entries.stream().sorted(NEWEST_FIRST).toList();
        List<FeedEntry> rows = sorted.stream().map(e -> new FeedEntry(
                        urn("daybrief:" + job + ":" + DigestView.isoDate(e.date())),
                        e.title().isBlank() ? job + " " + DigestView.isoDate(e.date()) : e.title(),
                        instant(e.date()),
                        href(base, e.link()),
                        entryContent.execute(content(base, e))))
                .toList();
        String updated = sorted.isEmpty() ? instant(LocalDate.EPOCH) : instant(sorted.get(0).date());
        return feed.execute(new FeedView(urn("daybrief:" + job), title == null || title.isBlank() ? job : title,
                updated, href(base, "feed.atom"), href(base, "index.html"), rows));
    }

    /**
     * What a feed reader shows of a digest: the day's overview, then every story with its title, summary and link.
     * A story links to its document when that is a web address, else to the digest page (a document's path
     * relative to the digest's folder is not published with it).
     */
    private static EntryContent content(URI base, DigestEntry e) {
        String page = href(base, e.link());
        List<FeedStory> stories = e.stories().stream().map(s -> new FeedStory(s.title(), s.summary(),
                        Links.safeHref(s.link()).filter(h -> h.regionMatches(true, 0, "http", 0, 4)).orElse(page)))
                .toList();
        return new EntryContent(DigestView.count(e.storyCount(), "story", "stories"), String.join(" ", e.overview()),
                stories.isEmpty() ? e.topTitles() : List.of(), stories, e.keywords());
    }

    private static URI base(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String safe = Links.safeHref(baseUrl)
                .filter(h -> h.regionMatches(true, 0, "http", 0, 4))
                .orElseThrow(() -> new IllegalArgumentException("feed base URL must be an absolute http(s) URL: "
                        + baseUrl));
        try {
            return new URI(safe.endsWith("/") ? safe : safe + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("feed base URL is not a valid URI: " + baseUrl, e);
        }
    }

    private static String href(URI base, String link) {
        String safe = Links.safeHref(link).orElse("");
        if (base == null || safe.isEmpty()) {
            return safe;
        }
        return base.resolve(safe).toString();
    }

    static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static String instant(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    record IndexView(DigestView.Page page, String job, String countLabel, boolean empty, List<IndexEntry> entries) {
    }

    record IndexEntry(String date, String dateLong, String title, String countLabel, List<String> highlights,
            DigestView.Link link) {
    }

    record FeedView(String id, String title, String updated, String self, String alternate, List<FeedEntry> entries) {
    }

    record FeedEntry(String id, String title, String updated, String link, String content) {
    }

    /** @param topTitles only for an entry read without its stories */
    record EntryContent(String countLabel, String overview, List<String> topTitles, List<FeedStory> stories,
            List<String> keywords) {
    }

    record FeedStory(String title, String summary, String href) {
    }
}
