package org.daybrief.digest;

import java.util.Locale;

/**
 * MinHash signatures of word shingles, for near-duplicate detection. A document's shingles are its runs of
 * {@value #SHINGLE} consecutive words (lower-cased letter/digit runs, stopwords kept, punctuation and layout
 * ignored), hashed to 64 bits: each word once (FNV-1a), and a shingle from its words' hashes. The signature is a
 * one-permutation MinHash (Li, Owen and Zhang, 2012): each shingle is hashed once, its top bits choose one of
 * {@value #HASHES} bins and the rest is its value; a bin keeps the smallest value that falls in it, and an empty
 * bin takes the value of a bin chosen by its own fixed random probe sequence (optimal densification, Shrivastava
 * 2017), the same sequence in every document. Two signatures agree
 * at a position with probability the Jaccard similarity of the two shingle sets, as with {@value #HASHES}
 * independent hash functions, at one hash per shingle instead of {@value #HASHES}. Hashes are fixed (FNV-1a, a
 * polynomial fold and SplitMix64, with fixed seeds), so signatures are the same on every run and machine.
 * Stateless and thread-safe.
 */
final class MinHash {

    /** Words per shingle. */
    static final int SHINGLE = 4;
    /** Hash functions per signature. */
    static final int HASHES = 128;
    /** A document needs at least this many shingles to have a signature (shorter texts are never near-duplicates). */
    static final int MIN_SHINGLES = 8;

    private static final int BIN_BITS = Integer.numberOfTrailingZeros(HASHES);
    private static final long VALUE_MASK = (1L << (64 - BIN_BITS)) - 1;
    /** No shingle's value (values have {@code 64 - BIN_BITS} bits). */
    private static final long EMPTY = Long.MAX_VALUE;
    static final long SHINGLE_SEED = 0x5DEECE66DL;
    /** An odd 64-bit multiplier (MurmurHash3's) that folds a shingle's word hashes together, in order. */
    static final long SHINGLE_PRIME = 0xff51afd7ed558ccdL;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long PROBE_SEED = 0x9e3779b97f4a7c15L;

    private MinHash() {
    }

    /** The signature of {@code text}, or null when it has fewer than {@value #MIN_SHINGLES} shingles. */
    static long[] signature(String text) {
        long[] bins = new long[HASHES];
        java.util.Arrays.fill(bins, EMPTY);
        // The last SHINGLE words' hashes, in a ring: each word is read and hashed once, not once per shingle.
        long[] recent = new long[SHINGLE];
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean latin1 = text.charAt(i) < 0x100;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                latin1 &= text.charAt(j) < 0x100;
                j++;
            }
            recent[words++ % SHINGLE] = latin1 ? wordHash(text, i, j) : wordHash(text.substring(i, j));
            if (words >= SHINGLE) {
                add(bins, shingleHash(recent, words));
            }
            i = j;
        }
        return words - SHINGLE + 1 < MIN_SHINGLES ? null : densified(bins);
    }

    /**
     * FNV-1a of the lower-cased word {@code text[from, to)} of Latin-1 letters and digits, lower-cased letter by
     * letter: what {@link String#toLowerCase(Locale)} gives for such a word.
     */
    private static long wordHash(String text, int from, int to) {
        long h = FNV_OFFSET;
        for (int c = from; c < to; c++) {
            h ^= Character.toLowerCase(text.charAt(c));
            h *= FNV_PRIME;
        }
        return h;
    }

    /** FNV-1a of a word lower-cased with the root locale (final sigma, dotted capital I). */
    private static long wordHash(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        long h = FNV_OFFSET;
        for (int c = 0; c < lower.length(); c++) {
            h ^= lower.charAt(c);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** The hash of the shingle that ends with the {@code words}-th word: its word hashes in order, mixed. */
    private static long shingleHash(long[] recent, int words) {
        long h = 0;
        for (int k = 0; k < SHINGLE; k++) {
            h = h * SHINGLE_PRIME + recent[(words + k) % SHINGLE];
        }
        return mix(h ^ SHINGLE_SEED);
    }

    /** Puts a shingle's hash in its bin (its top bits) if its value (the other bits) is the bin's smallest. */
    static void add(long[] bins, long hash) {
        int bin = (int) (hash >>> (64 - BIN_BITS));
        long value = hash & VALUE_MASK;
        if (value < bins[bin]) {
            bins[bin] = value;
        }
    }

    /**
     * The bins with every empty one filled from the first non-empty bin of its probe sequence, which depends on
     * the bin's position only. At least one bin must be non-empty.
     */
    static long[] densified(long[] bins) {
        long[] sig = bins.clone();
        for (int j = 0; j < HASHES; j++) {
            if (bins[j] != EMPTY) {
                continue;
            }
            for (int attempt = 1; ; attempt++) {
                int probe = attempt <= PROBES ? PROBE_TABLE[j][attempt - 1] : probe(j, attempt);
                if (bins[probe] != EMPTY) {
                    sig[j] = bins[probe];
                    break;
                }
            }
        }
        return sig;
    }

    /** The {@code attempt}-th bin of bin {@code j}'s probe sequence. */
    private static int probe(int j, long attempt) {
        return (int) (mix(PROBE_SEED * (j + 1) + attempt) >>> (64 - BIN_BITS));
    }

    /** The first probes of every bin, worked out once: a short text leaves most bins empty, each probing many times. */
    private static final int PROBES = 64;
    private static final int[][] PROBE_TABLE = new int[HASHES][PROBES];

    static {
        for (int j = 0; j < HASHES; j++) {
            for (int a = 1; a <= PROBES; a++) {
                PROBE_TABLE[j][a - 1] = probe(j, a);
            }
        }
    }

    /** The estimated Jaccard similarity of two signatures' shingle sets. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit permutation. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
