package org.daybrief.text;

/** Small, allocation-light facts about a piece of text that several stages need. */
public final class Words {

    private Words() {
    }

    /** Runs of letters or digits: "U.S.-based, 2,400" counts 5. */
    public static int count(CharSequence s) {
        int c = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                c++;
            }
            in = w;
        }
        return c;
    }

    /** The letters and digits only, lower-cased: equal for two texts that differ in punctuation and spacing. */
    public static String key(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether {@code a} and {@code b} have equal {@link #key}s, found without building either key. */
    public static boolean sameKey(CharSequence a, CharSequence b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (Character.toLowerCase(a.charAt(i++)) != Character.toLowerCase(b.charAt(j++))) {
                return false;
            }
        }
    }

    /** The word without an English or German possessive ending ("museum's", "museum\u2019s"). */
    public static String withoutPossessive(String word) {
        int n = word.length();
        if (n > 3 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
            return word.substring(0, n - 2);
        }
        return word;
    }
}
