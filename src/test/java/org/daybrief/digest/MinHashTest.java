package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {

    /** The signature from each word as a lower-cased String, each shingle hashed from its words' hashes. */
    private static long[] reference(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                words.add(text.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else {
                i++;
            }
        }
        int shingles = words.size() - MinHash.SHINGLE + 1;
        if (shingles < MinHash.MIN_SHINGLES) {
            return null;
        }
        long[] bins = new long[MinHash.HASHES];
        Arrays.fill(bins, Long.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int k = 0; k < MinHash.SHINGLE; k++) {
                long w = 0xcbf29ce484222325L; // FNV-1a of the word
                for (char c : words.get(s + k).toCharArray()) {
                    w ^= c;
                    w *= 0x100000001b3L;
                }
                h = h * MinHash.SHINGLE_PRIME + w;
            }
            MinHash.add(bins, MinHash.mix(h ^ MinHash.SHINGLE_SEED));
        }
        return MinHash.densified(bins);
    }

    @Test
    void signaturesAreTheSameAsFromLowerCasedStrings() {
        List<String> texts = new ArrayList<>(List.of(
                "The Port of Halvorsen closed on Monday after 2,400 DOCKWORKERS walked out over pay and hours.",
                "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ: Η ΑΘΗΝΑ ΚΑΙ ΟΙ ΠΟΛΕΙΣ ΤΗΣ ΕΛΛΑΔΑΣ ΣΤΟ ΦΩΣ ΤΟΥ ΗΛΙΟΥ ΚΑΙ ΤΗΣ ΘΑΛΑΣΣΑΣ ΣΗΜΕΡΑ",
                "İSTANBUL'DA İKİ İŞÇİ İÇİN İYİ İŞ İMKÂNI VAR DEDİ BAKAN İLE BİRLİKTE BUGÜN ÖĞLEDEN SONRA",
                "ÀÉÎÕÜ Straße ÆØÅ Ÿ µ façade NAÏVE Ñandú ÇA VA déjà vu Über alles Œuvre ÉTÉ",
                "short text", ""));
        Random r = new Random(7);
        String alphabet = "aBcDéÉßΣσςİıЖж1234 ,.\n-'\u00b5\u0130\u03a3";
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 40 + r.nextInt(400); k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertThat(MinHash.signature(text)).as(text).isEqualTo(reference(text));
        }
        assertThat(MinHash.signature(texts.get(0))).isNotNull();
        assertThat(MinHash.signature("short text")).isNull();
    }

    /**
     * One hash per shingle must still estimate the Jaccard similarity as {@value MinHash#HASHES} hash functions
     * do: without bias (mean error over many pairs near 0) and within a few standard errors (0.04 at 128) for any
     * pair, from short texts whose bins are mostly empty (densified) to long ones.
     */
    @Test
    void similarityEstimatesTheShingleJaccard() {
        Random r = new Random(11);
        double totalError = 0;
        int pairs = 0;
        for (int length : new int[] {14, 40, 120, 400, 1500}) {
            for (int trial = 0; trial < 12; trial++) {
                List<String> a = randomWords(r, length);
                int kept = r.nextInt(length + 1);
                List<String> b = new ArrayList<>(a.subList(0, kept));
                b.addAll(randomWords(r, length - kept));
                double truth = jaccard(shingles(a), shingles(b));
                double estimate = MinHash.similarity(MinHash.signature(String.join(" ", a)),
                        MinHash.signature(String.join(" ", b)));
                assertThat(Math.abs(estimate - truth)).as("%d words, %d kept", length, kept).isLessThan(0.2);
                totalError += estimate - truth;
                pairs++;
            }
        }
        assertThat(Math.abs(totalError / pairs)).isLessThan(0.03);
        String text = String.join(" ", randomWords(r, 30));
        assertThat(MinHash.similarity(MinHash.signature(text), MinHash.signature(text.toUpperCase(Locale.ROOT))))
                .isEqualTo(1.0);
    }

    private static List<String> randomWords(Random r, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add("w" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36));
        }
        return words;
    }

    private static java.util.Set<String> shingles(List<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + MinHash.SHINGLE)));
        }
        return out;
    }

    private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return a.stream().filter(b::contains).count() / (double) union.size();
    }
}
