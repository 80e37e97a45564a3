package org.daybrief.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Turns extracted text and metadata into a {@link SourceDocument}: front matter, title, date, source and url by
 * the precedence DESIGN.md gives, and a body that holds neither front matter nor headline. Thread-safe.
 */
final class DocumentFactory {

    private static final List<String> DATE_KEYS = List.of(
            "article:published_time", "og:published_time", "published_time", "dcterms:created",
            "meta:creation-date", "Creation-Date", "date", "dc:date");
    private static final List<String> TITLE_KEYS = List.of("og:title", "dc:title", "title", "subject");
    private static final List<String> SOURCE_KEYS = List.of(
            "og:site_name", "dc:publisher", "publisher", "Message:From-Name");
    /** After the sender's display name, a mailing list's name ({@code List-Id: "Harbour Weekly" <id>}). */
    private static final String LIST_ID = "Message:Raw-Header:List-Id";
    private static final List<String> SOURCE_FALLBACK_KEYS = List.of("Message-From", "dc:creator", "author");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\u2013\\u2014-]\\s+[^|\\u2013\\u2014]{2,40}$");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("\\s*<[^>]*>\\s*");
    /**
     * Runs of whitespace, Unicode's line and paragraph separators and NEL included (compiled once: String.replaceAll
     * compiles per call): a title or source is one line in every output.
     */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    /** Control characters left after {@link #BLANKS}: never text a reader should see (NUL, ESC, DEL, ...). */
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}+");
    private static final int TITLE_FALLBACK_WORDS = 12;

    private final ZoneId zone;

    DocumentFactory(ZoneId zone) {
        this.zone = zone;
    }

    SourceDocument create(String path, Extracted extracted, Instant modified) {
        // Front matter and headline are read from the text as extracted, before wrapped lines are joined.
        PlainText.Layout layout = PlainText.parse(extracted.text().stripLeading());
        Metadata meta = extracted.metadata();

        String body = Paragraphs.normalise(layout.body());
        Optional<String> headline = layout.headline();
        // A mail's Subject is its title as written: "Prices rise - weekly note" has no site name to cut.
        boolean mail = extracted.mediaType().startsWith("message/");
        String title = firstNonBlank(layout.frontMatter().get("title"), metadataTitle(meta, headline, !mail));
        if (title == null) {
            title = headline.orElse(null);
        }
        // A body that opens with its own title (an <h1>, a DOCX heading) must not offer it as a sentence.
        body = dropLeadingTitleLine(body, title);
        boolean titleFromBody = title == null;
        if (titleFromBody) {
            title = titleFromBody(body, path);
        }

        LocalDate date = parseDate(layout.frontMatter().get("date"))
                .or(() -> metadataDate(meta))
                .orElseGet(() -> LocalDate.ofInstant(modified, zone));
        String source = firstNonBlank(layout.frontMatter().get("source"), layout.frontMatter().get("author"),
                metadataValue(meta, SOURCE_KEYS), listName(meta), metadataValue(meta, SOURCE_FALLBACK_KEYS));
        if (source != null) {
            source = EMAIL_ADDRESS.matcher(source).replaceAll(" ").replace("\"", "").strip();
        }
        String url = httpUrl(firstNonBlank(layout.frontMatter().get("url"), meta.get("og:url")));
        return new SourceDocument(contentId(body), path, oneLine(title), body, date, oneLine(source), url,
                extracted.mediaType(), titleFromBody);
    }

    private static String metadataTitle(Metadata meta, Optional<String> headline, boolean cutSiteName) {
        String title = metadataValue(meta, TITLE_KEYS);
        if (title == null) {
            return null;
        }
        if (headline.isPresent() && title.contains(headline.get())) {
            return headline.get();
        }
        return cutSiteName ? TITLE_SUFFIX.matcher(title.strip()).replaceFirst("") : title.strip();
    }

    private static String dropLeadingTitleLine(String body, String title) {
        if (title == null) {
            return body;
        }
        int eol = body.indexOf('\n');
        String first = eol < 0 ? body : body.substring(0, eol);
        if (!first.isBlank() && normalise(first).equals(normalise(title))) {
            return eol < 0 ? "" : body.substring(eol + 1).stripLeading();
        }
        return body;
    }

    /** Without any title, the opening words of the body stand in, cut at a word boundary. */
    static String titleFromBody(String body, String path) {
        String text = body.strip();
        if (text.isEmpty()) {
            int slash = path.lastIndexOf('/');
            return path.substring(slash + 1);
        }
        // Words are what String.split("\\s+") would give, but only the first few are looked for: split scans a
        // whole article even with a limit.
        StringBuilder title = new StringBuilder();
        int n = text.length();
        int i = 0;
        for (int words = 0; words < TITLE_FALLBACK_WORDS && i < n; words++) {
            int start = i;
            while (i < n && !isRegexSpace(text.charAt(i))) {
                i++;
            }
            if (words > 0) {
                title.append(' ');
            }
            title.append(text, start, i);
            while (i < n && isRegexSpace(text.charAt(i))) {
                i++;
            }
        }
        // the text is stripped, so whatever follows the last separator is another word
        return i < n ? title + "\u2026" : title.toString();
    }

    /** The characters of the regex class {@code \s}: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The list's name of a {@code List-Id} header, or null when it has none (an id alone). */
    private static String listName(Metadata meta) {
        String id = meta.get(LIST_ID);
        if (id == null) {
            return null;
        }
        String name = EMAIL_ADDRESS.matcher(id).replaceAll(" ").replace("\"", "").strip();
        return name.isEmpty() ? null : name;
    }

    private static String metadataValue(Metadata meta, List<String> keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private Optional<LocalDate> metadataDate(Metadata meta) {
        for (String key : DATE_KEYS) {
            Optional<LocalDate> date = parseDate(meta.get(key));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.ofNullable(meta.getDate(TikaCoreProperties.CREATED))
                .map(d -> LocalDate.ofInstant(d.toInstant(), zone));
    }

    /** ISO dates and date-times (with or without zone) and RFC 1123 dates, as e-mail and feeds write them. */
    Optional<LocalDate> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).atZoneSameInstant(zone).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(zone).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    private static String httpUrl(String url) {
        if (url == null) {
            return "";
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !u.matches(".*\\s.*") ? u : "";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : CONTROLS.matcher(BLANKS.matcher(s).replaceAll(" ")).replaceAll("").strip();
    }

    /** The words of a text, lower-cased, one space apart: punctuation and layout do not count. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        normalisedWords(text, out::appendCodePoint);
        return out.toString();
    }

    /**
     * The document's id: a hash of its words, lower-cased, ignoring punctuation and layout, so the same article
     * saved as .txt and .pdf, or renamed, has the same id. It is the SHA-256 of {@link #normalise}'s UTF-8 bytes,
     * fed to the digest as they are made rather than built as a string first: every document pays for it.
     */
    static String contentId(String body) {
        Utf8Digest digest = new Utf8Digest();
        normalisedWords(body, digest);
        return HexFormat.of().formatHex(digest.finish(), 0, 16);
    }

    /**
     * The code points of {@link #normalise}'s result, in order: each word's letters and digits lower-cased, one
     * space between words. Plain ASCII, most of any news text, skips the code point lookups.
     */
    private static void normalisedWords(String text, IntConsumer out) {
        boolean gap = false;
        boolean any = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int cp;
            if (c < 0x80) {
                i++;
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    gap = true;
                    continue;
                }
                cp = c | (c >= 'A' && c <= 'Z' ? 0x20 : 0);
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp)) {
                    gap = true;
                    continue;
                }
                cp = Character.toLowerCase(cp);
            }
            if (gap && any) {
                out.accept(' ');
            }
            gap = false;
            any = true;
            out.accept(cp);
        }
    }

    /** SHA-256 of code points encoded as UTF-8, through a small buffer. */
    private static final class Utf8Digest implements IntConsumer {
        private final MessageDigest sha;
        private final byte[] buf = new byte[8192];
        private int n;

        Utf8Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JRE", e);
            }
        }

        @Override
        public void accept(int cp) {
            if (n > buf.length - 4) {   // room for a four-byte character
                sha.update(buf, 0, n);
                n = 0;
            }
            n = putUtf8(buf, n, cp);
        }

        byte[] finish() {
            sha.update(buf, 0, n);
            return sha.digest();
        }

        /** A code point as UTF-8 (never a surrogate: those are neither letters nor digits). */
        private static int putUtf8(byte[] buf, int n, int cp) {
            if (cp < 0x80) {
                buf[n++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[n++] = (byte) (0xC0 | cp >> 6);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                buf[n++] = (byte) (0xE0 | cp >> 12);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            }
            return n;
        }
    }
}
