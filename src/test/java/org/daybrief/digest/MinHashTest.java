package org.daybrief.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {

    /** The signature as first written: each word a lower-cased String, each shingle hashed from them. */
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
        long[] seeds = new long[MinHash.HASHES];
        long x = 0x5DEECE66DL;
        for (int s = 0; s < seeds.length; s++) {
            x += 0x9e3779b97f4a7c15L;
            seeds[s] = MinHash.mix(x);
        }
        long[] sig = new long[MinHash.HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long h = 0xcbf29ce484222325L;
            for (int k = 0; k < MinHash.SHINGLE; k++) {
                for (char c : words.get(s + k).toCharArray()) {
                    h ^= c;
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int f = 0; f < MinHash.HASHES; f++) {
                sig[f] = Math.min(sig[f], MinHash.mix(h ^ seeds[f]));
            }
        }
        return sig;
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
}
