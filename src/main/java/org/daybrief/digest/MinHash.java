package org.daybrief.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures of word shingles, for near-duplicate detection. A document's shingles are its runs of
 * {@value #SHINGLE} consecutive words (lower-cased letter/digit runs, stopwords kept, punctuation and layout
 * ignored), hashed to 64 bits; the signature holds, for each of {@value #HASHES} hash functions, the smallest
 * hash of any shingle. The fraction of equal positions in two signatures estimates the Jaccard similarity of
 * the two shingle sets (standard error about 0.04). Hashes are fixed (FNV-1a and SplitMix64 with fixed seeds),
 * so signatures are the same on every run and machine. Stateless and thread-safe.
 */
final class MinHash {

    /** Words per shingle. */
    static final int SHINGLE = 4;
    /** Hash functions per signature. */
    static final int HASHES = 128;
    /** A document needs at least this many shingles to have a signature (shorter texts are never near-duplicates). */
    static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The signature of {@code text}, or null when it has fewer than {@value #MIN_SHINGLES} shingles. */
    static long[] signature(String text) {
        List<String> words = words(text);
        int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = 0; k < SHINGLE; k++) {
                String w = words.get(i + k);
                for (int c = 0; c < w.length(); c++) {
                    h ^= w.charAt(c);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int f = 0; f < HASHES; f++) {
                long v = mix(h ^ SEEDS[f]);
                if (v < sig[f]) {
                    sig[f] = v;
                }
            }
        }
        return sig;
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

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                out.add(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit permutation. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9e3779b97f4a7c15L;
            s[i] = mix(x);
        }
        return s;
    }
}
