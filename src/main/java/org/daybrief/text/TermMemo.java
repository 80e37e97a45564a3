package org.daybrief.text;

import java.util.function.UnaryOperator;

/**
 * A memo of word → index term (or "stopword") that is looked up by the word's characters, so that a word seen
 * before costs neither a {@link String} nor a stopword lookup nor a stem: news repeats most of its words, and
 * {@link TermAnalyzer} runs over every sentence. Open addressing with linear probing; emptied when it grows past
 * {@link #MAX_ENTRIES} so that a long run keeps a bounded memo. One per thread; not thread-safe.
 */
final class TermMemo {

    static final int MAX_ENTRIES = 1 << 16;
    /** The value of a stopword (terms themselves are never this object). */
    private static final Object STOPWORD = new Object();

    private char[][] keys;
    private Object[] values;
    private int size;

    TermMemo() {
        clear();
    }

    /**
     * The term for the word {@code buf[0, len)}: {@code analyze} of the word as a String, computed on the first
     * sight only; {@code analyze} returns null for a stopword, and so does this method.
     */
    String term(char[] buf, int len, UnaryOperator<String> analyze) {
        int hash = 0;
        for (int k = 0; k < len; k++) {
            hash = 31 * hash + buf[k];
        }
        int mask = keys.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (char[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (sameWord(key, buf, len)) {
                Object value = values[slot];
                return value == STOPWORD ? null : (String) value;
            }
        }
        String term = analyze.apply(new String(buf, 0, len));
        if (size >= MAX_ENTRIES) {
            clear();
        } else if (2 * (size + 1) > keys.length) {
            grow();
        }
        put(java.util.Arrays.copyOf(buf, len), term == null ? STOPWORD : term);
        return term;
    }

    private static boolean sameWord(char[] key, char[] buf, int len) {
        if (key.length != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (key[k] != buf[k]) {
                return false;
            }
        }
        return true;
    }

    private void put(char[] key, Object value) {
        int hash = 0;
        for (char c : key) {
            hash = 31 * hash + c;
        }
        int mask = keys.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    private void grow() {
        char[][] oldKeys = keys;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void clear() {
        keys = new char[1024][];
        values = new Object[1024];
        size = 0;
    }
}
