package org.daybrief.digest;

import java.util.Arrays;

/**
 * Counts the terms of one text in order of first occurrence, for {@link StoryGrouper}: an open-addressing table
 * reused from text to text (one per thread), so that counting a word allocates nothing, and a text's result is two
 * compact arrays ({@link Counted}). Thousands of texts' counts stay alive while a day is grouped; as maps of boxed
 * counts they were most of the digest step's heap, and a third of its time went to copying them between
 * collections. Not thread-safe.
 */
final class OrderedCounts {

    /** A text's terms in order of first occurrence, each with its count. */
    record Counted(String[] terms, int[] counts) {
    }

    /** Slot → index + 1 into {@link #terms}, or 0 when free. */
    private int[] table = new int[1024];
    private String[] terms = new String[512];
    private int[] counts = new int[512];
    private int[] hashes = new int[512];
    private int[] slots = new int[512];
    private int size;

    /** Adds {@code weight} to {@code term}'s count; a term not seen since {@link #clear()} comes after the others. */
    void add(String term, int weight) {
        int hash = term.hashCode();
        int mask = table.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (int index; (index = table[slot]) != 0; slot = (slot + 1) & mask) {
            String known = terms[index - 1];
            // Terms come from one thread's TermMemo: the same word is mostly the same String.
            if (known == term || hashes[index - 1] == hash && known.equals(term)) {
                counts[index - 1] += weight;
                return;
            }
        }
        if (size == terms.length) {
            int capacity = 2 * size;
            terms = Arrays.copyOf(terms, capacity);
            counts = Arrays.copyOf(counts, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            slots = Arrays.copyOf(slots, capacity);
        }
        terms[size] = term;
        counts[size] = weight;
        hashes[size] = hash;
        slots[size] = slot;
        table[slot] = ++size;
        if (2 * size > table.length) {
            rehash(2 * table.length);
        }
    }

    /** The counts so far, in order of first occurrence. */
    Counted counted() {
        return new Counted(Arrays.copyOf(terms, size), Arrays.copyOf(counts, size));
    }

    /** Forgets every term; the table keeps its size. */
    void clear() {
        for (int i = 0; i < size; i++) {
            table[slots[i]] = 0;
            terms[i] = null;
        }
        size = 0;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = (hashes[i] ^ (hashes[i] >>> 16)) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
            slots[i] = slot;
        }
    }
}
