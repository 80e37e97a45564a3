package org.daybrief.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps plain text at a column, deterministically: lines are broken at spaces only (a URL or a long word
 * overflows rather than being cut), and a continuation line keeps the line's indent plus the width of a
 * list marker ({@code - }, {@code 12. }) so wrapped items hang. Widths count code points.
 */
final class TextWrap {

    private static final Pattern INDENT = Pattern.compile("^( *)((?:[-*]|\\d{1,3}\\.) )?");

    private TextWrap() {
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i], width, out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (length(line) <= width) {
            out.append(line);
            return;
        }
        Matcher m = INDENT.matcher(line);
        m.find();
        String hang = " ".repeat(m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length()));
        String rest = line.substring(m.end());
        out.append(line, 0, m.end());
        int column = m.end();
        boolean lineHasWord = false;
        for (String word : rest.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = length(word);
            if (lineHasWord && column + 1 + w > width) {
                out.append('\n').append(hang);
                column = hang.length();
                lineHasWord = false;
            }
            if (lineHasWord) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += w;
            lineHasWord = true;
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
