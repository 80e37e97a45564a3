package org.daybrief.text;

/**
 * A sentence as offsets into a text: {@code text.substring(start, end)} is the sentence, verbatim.
 */
public record Sentence(int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence offsets must satisfy 0 <= start <= end, got start="
                    + start + ", end=" + end);
        }
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }
}
