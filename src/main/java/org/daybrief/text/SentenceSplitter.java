package org.daybrief.text;

import java.util.List;

/**
 * Splits a text into sentences given as offsets into that text.
 * Implementations respect line structure (see {@link LineUnits}) and are thread-safe.
 */
public interface SentenceSplitter {

    /** The sentences of {@code text}, in order, trimmed of surrounding white space, never empty. */
    List<Sentence> split(String text);
}
