package org.daybrief.ingest;

/**
 * Normalises extracted text so that sentence splitting can trust line structure: paragraphs are separated by
 * blank lines, and lines hard-wrapped inside a paragraph (PDF, e-mail, 72-column text) are joined again.
 * Short lines (headings, list items) keep their own line. Control characters other than newline and tab are
 * removed (NUL bytes included), as are U+FFFD replacement characters left by undecodable bytes, and line
 * endings become {@code \n}.
 *
 * <p>No run of text longer than {@link #MAX_SENTENCE_CHARS} goes without a sentence end: a longer stretch
 * without {@code . ! ?} (a 5 MB "sentence", a table dumped as one line) is cut into paragraphs at a line break
 * or word boundary, so that no sentence a summary quotes can be longer than that.
 */
final class Paragraphs {

    /** The longest stretch of text without a sentence end or paragraph break that is left as it is. */
    static final int MAX_SENTENCE_CHARS = 600;

    private static final int MIN_WRAPPED_LINE = 30;
    private static final String SENTENCE_ENDS = ".!?\u3002\uFF01\uFF1F";
    private static final String FULL_WIDTH_ENDS = "\u3002\uFF01\uFF1F";

    private Paragraphs() {
    }

    static String normalise(String text) {
        return capSentences(joinWrappedLines(text));
    }

    private static String joinWrappedLines(String text) {
        String[] lines = cleanControls(text).split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int end = i;
            int longest = 0;
            while (end < lines.length && !lines[end].isBlank()) {
                longest = Math.max(longest, lines[end].strip().length());
                end++;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            appendParagraph(out, lines, i, end, longest);
            i = end;
        }
        return out.toString();
    }

    private static void appendParagraph(StringBuilder out, String[] lines, int from, int to, int longest) {
        String previous = null;
        for (int i = from; i < to; i++) {
            String line = lines[i].strip();
            if (previous != null) {
                out.append(isWrapped(previous, longest) ? ' ' : '\n');
            }
            out.append(line);
            previous = line;
        }
    }

    /** A line was wrapped when it is long for its paragraph and does not end a sentence. */
    private static boolean isWrapped(String line, int longest) {
        if (line.length() < MIN_WRAPPED_LINE || line.length() < longest * 0.6) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ':' && last != '"' && last != '\u201D';
    }

    /** Cuts every stretch longer than {@link #MAX_SENTENCE_CHARS} without a sentence end into paragraphs. */
    static String capSentences(String text) {
        if (text.length() <= MAX_SENTENCE_CHARS) {
            return text;
        }
        // Most texts need no cut: the output is the text itself until the first cut, so the builder is made then.
        StringBuilder out = null;
        int runStart = 0;
        int lastSpace = -1;
        int lastNewline = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int pos;
            CharSequence written;
            if (out == null) {
                pos = i;
                written = text;
            } else {
                pos = out.length();
                out.append(c);
                written = out;
            }
            if (c == '\n' || c == ' ' || c == '\t') {
                char before = pos > 0 ? written.charAt(pos - 1) : '\n';
                if (before == '\n' || SENTENCE_ENDS.indexOf(before) >= 0 || endsSentenceInQuotes(written, pos)) {
                    runStart = pos + 1;
                    lastSpace = -1;
                    lastNewline = -1;
                    continue;
                }
                lastSpace = pos;
                if (c == '\n') {
                    lastNewline = pos;
                }
            } else if (FULL_WIDTH_ENDS.indexOf(c) >= 0) {
                runStart = pos + 1; // CJK sentence ends need no space after them
                lastSpace = -1;
                lastNewline = -1;
                continue;
            }
            if (pos - runStart + 1 > MAX_SENTENCE_CHARS) {
                if (out == null) {
                    out = new StringBuilder(text.length() + text.length() / MAX_SENTENCE_CHARS * 2 + 2);
                    out.append(text, 0, i + 1);
                }
                int cut = lastNewline > runStart + MAX_SENTENCE_CHARS / 2 ? lastNewline
                        : lastSpace > runStart ? lastSpace : -1;
                if (cut >= 0) {
                    out.replace(cut, cut + 1, "\n\n");
                    runStart = cut + 2;
                } else {
                    out.insert(pos, "\n\n"); // one endless word: cut it where it is
                    runStart = pos + 2;
                }
                lastSpace = -1;
                lastNewline = -1;
            }
        }
        return out == null ? text : out.toString();
    }

    /** A sentence end followed by closing quotes or brackets: {@code ."} or {@code ?)}. */
    private static boolean endsSentenceInQuotes(CharSequence out, int pos) {
        int i = pos - 1;
        while (i >= 0 && "\"'\u201D\u2019)]".indexOf(out.charAt(i)) >= 0) {
            i--;
        }
        return i < pos - 1 && i >= 0 && SENTENCE_ENDS.indexOf(out.charAt(i)) >= 0;
    }

    private static String cleanControls(String text) {
        int first = 0;
        while (first < text.length() && isKept(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // the usual case: nothing to clean
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c == '\uFFFD') {
                continue; // an undecodable byte: drop it rather than show a replacement mark
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                sb.append(c == '\u2028' || c == '\u2029' ? '\n' : c);
            }
        }
        return sb.toString();
    }

    /** A character that {@link #cleanControls} copies as it is. */
    private static boolean isKept(char c) {
        return c != '\r' && c != '\uFFFD' && c != '\u2028' && c != '\u2029'
                && (c == '\n' || c == '\t' || !Character.isISOControl(c));
    }
}
