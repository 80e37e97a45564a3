package org.daybrief.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the layout of a plain-text article: front matter lines ({@code key value} or {@code key: value}),
 * then an optional headline (a short first line followed by a blank line), then the body.
 *
 * <p>Only the keys in {@link #KEYS} count as front matter, so an article whose first line happens to start
 * with an ordinary word is never eaten. Thread-safe and stateless.
 */
public final class PlainText {

    /** Front-matter keys Daybrief understands. */
    public static final Set<String> KEYS = Set.of("date", "title", "source", "url", "author");

    /** Runs of whitespace (compiled once: String.split compiles a regex per call). */
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "^[ \\t]*(date|title|source|url|author)[ \\t]*(?::[ \\t]*|[ \\t]+)(\\S.*?)[ \\t]*$",
            Pattern.CASE_INSENSITIVE);
    private static final int HEADLINE_MAX_CHARS = 150;
    private static final int HEADLINE_MAX_WORDS = 22;

    /**
     * The parts of a plain-text article.
     *
     * @param frontMatter the front-matter values by lower-case key, in file order
     * @param headline    the headline line, if the text has one
     * @param body        everything after front matter and headline, with its original line structure
     * @param bodyOffset  where {@code body} starts in the original text
     */
    public record Layout(Map<String, String> frontMatter, Optional<String> headline, String body, int bodyOffset) {
    }

    private PlainText() {
    }

    public static Layout parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int pos = 0;
        // Front matter: consecutive recognised key lines at the very top.
        while (pos < text.length()) {
            int eol = lineEnd(text, pos);
            Matcher m = FRONT_MATTER.matcher(text.substring(pos, eol));
            if (!m.matches()) {
                break;
            }
            frontMatter.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            pos = nextLine(text, eol);
        }
        pos = skipBlankLines(text, pos);

        Optional<String> headline = Optional.empty();
        int eol = lineEnd(text, pos);
        String first = text.substring(pos, eol).strip();
        int afterFirst = nextLine(text, eol);
        boolean blankFollows = afterFirst >= text.length() || isBlank(text, afterFirst, lineEnd(text, afterFirst));
        if (!first.isEmpty() && blankFollows && afterFirst < text.length() && looksLikeHeadline(first)) {
            headline = Optional.of(first);
            pos = skipBlankLines(text, afterFirst);
        }
        return new Layout(frontMatter, headline, text.substring(pos), pos);
    }

    /** A headline is short, has few words and does not end like a sentence. */
    static boolean looksLikeHeadline(String line) {
        if (line.length() > HEADLINE_MAX_CHARS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return BLANKS.split(line).length <= HEADLINE_MAX_WORDS;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int eol) {
        if (eol < text.length() && text.charAt(eol) == '\r') {
            eol++;
        }
        if (eol < text.length() && text.charAt(eol) == '\n') {
            eol++;
        }
        return eol;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipBlankLines(String text, int pos) {
        while (pos < text.length()) {
            int eol = lineEnd(text, pos);
            if (!isBlank(text, pos, eol)) {
                return pos;
            }
            pos = nextLine(text, eol);
        }
        return pos;
    }
}
