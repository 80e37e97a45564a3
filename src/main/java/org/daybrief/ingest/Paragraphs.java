package org.daybrief.ingest;

/**
 * Normalises extracted text so that sentence splitting can trust line structure: paragraphs are separated by
 * blank lines, and lines hard-wrapped inside a paragraph (PDF, e-mail, 72-column text) are joined again.
 * Short lines (headings, list items) keep their own line. Control characters other than newline and tab are
 * removed, and line endings become {@code \n}.
 */
final class Paragraphs {

    private static final int MIN_WRAPPED_LINE = 30;

    private Paragraphs() {
    }

    static String normalise(String text) {
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

    private static String cleanControls(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                sb.append(c == '\u2028' || c == '\u2029' ? '\n' : c);
            }
        }
        return sb.toString();
    }
}
