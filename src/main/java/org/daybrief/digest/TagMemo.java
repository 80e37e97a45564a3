package org.daybrief.digest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A part-of-speech tagger that remembers the tags of the sentences it tagged. A tagger's beam search over one
 * sentence looks at nothing outside that sentence's tokens, so the same tokens get the same tags; and a day's shown
 * stories repeat sentences that earlier days' digests tagged already (a story followed over days, an agency's copy
 * carried by several outlets). The memo is shared by the threads and emptied when it holds
 * {@value #MAX_ENTRIES} sentences, so a long run keeps it bounded (a few tens of MB). Thread-safe.
 */
final class TagMemo {

    static final int MAX_ENTRIES = 50_000;

    /** (language, tokens) to tags, or null when there is no tagger for the language. */
    private final BiFunction<String, String[], String[]> tagger;
    private final Map<String, String[]> tags = new ConcurrentHashMap<>();

    TagMemo(BiFunction<String, String[], String[]> tagger) {
        this.tagger = tagger;
    }

    /** The tags {@code tagger} gives {@code tokens}, or null when it gives none. */
    String[] tags(String language, String[] tokens) {
        StringBuilder key = new StringBuilder(language == null ? "" : language);
        for (String t : tokens) {
            key.append(' ').append(t.length()).append(':').append(t); // lengths keep the boundaries apart
        }
        String k = key.toString();
        String[] known = tags.get(k);
        if (known == null) {
            known = tagger.apply(language, tokens);
            if (known == null) {
                return null;
            }
            if (tags.size() >= MAX_ENTRIES) {
                tags.clear();
            }
            tags.put(k, known.clone());
        }
        return known.clone();
    }
}
