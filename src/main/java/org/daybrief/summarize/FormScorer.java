package org.daybrief.summarize;

/**
 * Sentence form: news summaries state facts, so direct quotations, questions, very short sentences and
 * first-person sentences make poor summary sentences. Starts at 1 and subtracts a penalty for each
 * (weights are constructor arguments); the result is clamped to [0, 1].
 */
public final class FormScorer implements SentenceScorer {

    private final double quote;
    private final double question;
    private final double shortSentence;
    private final double firstPerson;
    private final int shortWords;

    public FormScorer(double quote, double question, double shortSentence, double firstPerson, int shortWords) {
        this.quote = quote;
        this.question = question;
        this.shortSentence = shortSentence;
        this.firstPerson = firstPerson;
        this.shortWords = shortWords;
    }

    public FormScorer() {
        this(0.4, 0.7, 0.5, 0.3, 8);
    }

    @Override
    public String name() {
        return "form";
    }

    @Override
    public double[] score(ScoringContext doc) {
        // The cues are the same for every FormScorer (the default method has two): found once per document.
        double[] cues = doc.memo("form cues", () -> cues(doc));
        double[] s = new double[doc.size()];
        for (int i = 0; i < s.length; i++) {
            int c = (int) cues[i];
            double v = 1;
            if ((c & QUOTE) != 0) {
                v -= quote;
            }
            if ((c & QUESTION) != 0) {
                v -= question;
            }
            if (doc.wordCount(i) < shortWords) {
                v -= shortSentence;
            }
            if ((c & FIRST_PERSON) != 0) {
                v -= firstPerson;
            }
            s[i] = Math.max(0, Math.min(1, v));
        }
        return s;
    }

    private static final int QUOTE = 1;
    private static final int QUESTION = 2;
    private static final int FIRST_PERSON = 4;

    private static double[] cues(ScoringContext doc) {
        double[] cues = new double[doc.size()];
        for (int i = 0; i < cues.length; i++) {
            String t = doc.text(i);
            cues[i] = (hasQuote(t) ? QUOTE : 0) | (isQuestion(t) ? QUESTION : 0) | (firstPerson(t) ? FIRST_PERSON : 0);
        }
        return cues;
    }

    static boolean hasQuote(String t) {
        return t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0 || t.contains("``")
                || t.contains("''") || t.indexOf('«') >= 0 || t.indexOf('„') >= 0;
    }

    static boolean isQuestion(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == '.' || c == '!') {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code t[at, at+len)} is {@code word}, ignoring case, without allocating. */
    private static boolean is(String t, int at, int len, String word) {
        return len == word.length() && t.regionMatches(true, at, word, 0, len);
    }

    /** "I", "we", "my", "our", "me", "us" as whole words (but not "US" or "I." as in initials). */
    static boolean firstPerson(String t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '\'')) {
                j++;
            }
            int len = j - i;
            if (len == 1 && (t.charAt(i) == 'I' || t.charAt(i) == 'i') && (j >= n || t.charAt(j) != '.')) {
                return true;
            }
            if ((len == 2 || len == 3) && (is(t, i, len, "we") || is(t, i, len, "my") || is(t, i, len, "our")
                    || is(t, i, len, "me") || (len == 2 && t.startsWith("us", i)) || is(t, i, len, "i'm")
                    || is(t, i, len, "i'd"))) {
                return true;
            }
            i = j;
        }
        return false;
    }
}
