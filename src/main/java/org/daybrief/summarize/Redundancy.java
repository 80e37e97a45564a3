package org.daybrief.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daybrief.text.Stopwords;

/**
 * Whether two sentences say the same thing, measured on their content words: lower-cased letter-and-digit tokens
 * ({@code [a-z0-9]+} in English) without the language's stopwords, with names and numbers written one way
 * ("9-4", "9 to 4" and "nine to four" are the tokens 9 and 4; "$610m" is 610 million; "U.S." is "us_"). The
 * overlap of two sentences is the share of the shorter one's content words that the other one has.
 *
 * <ul>
 *   <li>{@link #repeats}: overlap at least {@link #REPEAT_OVERLAP} (0.6), the team's definition of a summary
 *       repeating itself (DESIGN.md, Summaries); {@link #repeatsItself} applies it to every pair of a summary.</li>
 *   <li>{@link #restates}: what a summariser should not choose beside a sentence it has: {@link #repeats}, or
 *       the same numbers and names with much of the wording ({@link #FACT_OVERLAP} and at least two shared
 *       numbers or names, one a number), as "The council voted 9-4 on Monday to approve a 7.2-mile extension" and "councillors
 *       voted 9 to 4 to approve the $610 million project".</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; plain Java, usable by any stage (single-document and story summaries alike).
 */
public final class Redundancy {

    /** Share of the shorter sentence's content words that makes two sentences one repeated statement. */
    public static final double REPEAT_OVERLAP = 0.6;

    /** With at least {@link #SHARED_FACTS} shared names or numbers, this overlap already restates a sentence. */
    public static final double FACT_OVERLAP = 0.4;

    /**
     * Names or numbers two sentences must share, one of them a number, for {@link #FACT_OVERLAP} to apply (names
     * alone, such as a city's and its council's, run through a whole article).
     */
    public static final int SHARED_FACTS = 2;

    private static final Pattern ENGLISH_TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern UNICODE_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern WORD = UNICODE_TOKEN;
    /** "U.S.", "U.K.", "E.U.": dotted capitals are one name, written as the plain acronym. */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:\\p{Lu}\\.){2,})");
    /** "$610m", "3.2bn", "£5k": a number with a glued magnitude. */
    private static final Pattern GLUED_MAGNITUDE = Pattern.compile("(\\d)(m|bn|b|k|tn)\\b", Pattern.CASE_INSENSITIVE);
    /** Acronyms that lower-case into a stopword ("US" → "us"). */
    private static final Map<String, String> STOPWORD_ACRONYMS = Map.of("US", "us_", "IT", "it_", "WHO", "who_",
            "AM", "am_");
    private static final Map<String, String> MAGNITUDES = Map.of("m", "million", "bn", "billion", "b", "billion",
            "k", "thousand", "tn", "trillion");
    /** Number words as digits, so a number written in words and in digits is one fact ("one" stays a word). */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("percent", "per_cent"),
            Map.entry("pc", "per_cent"));

    private final Set<String> stopwords;
    private final Pattern token;

    private Redundancy(Set<String> stopwords, Pattern token) {
        this.stopwords = stopwords;
        this.token = token;
    }

    /** English: {@code [a-z0-9]+} tokens, Daybrief's English stopwords (the measure DESIGN.md defines). */
    public static Redundancy english() {
        return forLanguage("en");
    }

    /** For an ISO 639-1 language: its stopwords; letters beyond a-z count as word characters outside English. */
    public static Redundancy forLanguage(String language) {
        String lang = language == null ? "en" : language;
        return new Redundancy(Stopwords.forLanguage(lang), lang.equals("en") ? ENGLISH_TOKEN : UNICODE_TOKEN);
    }

    /** The content words of a sentence, names and numbers normalised (see the class comment). */
    public Set<String> contentWords(String sentence) {
        return analyse(sentence).words();
    }

    /** Share (0 to 1) of the shorter sentence's content words that the other has; 0 when either has none. */
    public double overlap(String a, String b) {
        return overlap(analyse(a), analyse(b));
    }

    /** The two sentences share at least 60% of the shorter one's content words. */
    public boolean repeats(String a, String b) {
        return overlap(a, b) >= REPEAT_OVERLAP;
    }

    /** {@link #repeats(String, String)} of analysed sentences. */
    public boolean repeats(Analysed a, Analysed b) {
        return overlap(a, b) >= REPEAT_OVERLAP;
    }

    /** {@code candidate} says again what {@code chosen} says (see the class comment); symmetric. */
    public boolean restates(String candidate, String chosen) {
        return restates(analyse(candidate), analyse(chosen));
    }

    /** Some two sentences of {@code summary} {@link #repeats repeat} each other. */
    public boolean repeatsItself(List<String> summary) {
        List<Analysed> all = new ArrayList<>(summary.size());
        for (String s : summary) {
            all.add(analyse(s));
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (overlap(all.get(i), all.get(j)) >= REPEAT_OVERLAP) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A sentence's content words and, among them, its facts: numbers, and words written with a capital other than
     * the sentence's first (names, as far as casing tells).
     */
    public static final class Analysed {
        private final Set<String> words;
        private final Set<String> facts;
        /** The words ordered by hash code, and their hash codes: two sentences' shared words in one merge. */
        private final String[] byHash;
        private final int[] hashes;

        public Analysed(Set<String> words, Set<String> facts) {
            this.words = Set.copyOf(words);
            this.facts = Set.copyOf(facts);
            this.byHash = this.words.toArray(String[]::new);
            java.util.Arrays.sort(byHash, Comparator.comparingInt(String::hashCode).thenComparing(w -> w));
            this.hashes = new int[byHash.length];
            for (int k = 0; k < byHash.length; k++) {
                hashes[k] = byHash[k].hashCode();
            }
        }

        public Set<String> words() {
            return words;
        }

        public Set<String> facts() {
            return facts;
        }

        /**
         * These words and facts each reduced by {@code stemmer} ("packaging" and "package", "chips" and "chip" one
         * word); numbers and the marked acronyms ({@code us_}) as they are.
         */
        public Analysed stemmed(UnaryOperator<String> stemmer) {
            return new Analysed(stem(words, stemmer), stem(facts, stemmer));
        }

        private static Set<String> stem(Set<String> words, UnaryOperator<String> stemmer) {
            Set<String> out = new HashSet<>();
            for (String w : words) {
                out.add(Character.isDigit(w.charAt(0)) || w.endsWith("_") ? w : stemmer.apply(w));
            }
            return out;
        }

        /** How many words the two have in common (the size of their intersection). */
        int shared(Analysed other) {
            int[] a = hashes;
            int[] b = other.hashes;
            int i = 0;
            int j = 0;
            int shared = 0;
            while (i < a.length && j < b.length) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    // Words with one hash code: compared by their characters.
                    int h = a[i];
                    int iEnd = i;
                    while (iEnd < a.length && a[iEnd] == h) {
                        iEnd++;
                    }
                    int jEnd = j;
                    while (jEnd < b.length && b[jEnd] == h) {
                        jEnd++;
                    }
                    for (int x = i; x < iEnd; x++) {
                        for (int y = j; y < jEnd; y++) {
                            if (byHash[x].equals(other.byHash[y])) {
                                shared++;
                                break;
                            }
                        }
                    }
                    i = iEnd;
                    j = jEnd;
                }
            }
            return shared;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Analysed a && words.equals(a.words) && facts.equals(a.facts);
        }

        @Override
        public int hashCode() {
            return 31 * words.hashCode() + facts.hashCode();
        }

        @Override
        public String toString() {
            return "Analysed[words=" + words + ", facts=" + facts + "]";
        }
    }

    /** Analyses once for many comparisons ({@link #restates(Analysed, Analysed)}). */
    public Analysed analyse(String sentence) {
        String s = sentence == null ? "" : sentence;
        return spans(s).between(0, s.length());
    }

    /**
     * {@code text} read once for the analyses of its stretches: {@code spans(text).between(a, b)} is
     * {@code analyse(text.substring(a, b))} for {@code a} and {@code b} at white space or the text's ends, which
     * {@link CaptionSeams} asks for at every seam of a sentence (read again at each, the sentence cost the
     * summariser half its time).
     */
    public Spans spans(String text) {
        // The rewrites never reach over white space, so a stretch cut at white space rewrites as the whole text does.
        Rewritten acronyms = mayHaveDottedAcronym(text)
                ? Rewritten.of(text, null, DOTTED_ACRONYM, m -> m.group(1).replace(".", "") + " ")
                : Rewritten.unchanged(text);
        Rewritten s = mayHaveGluedMagnitude(acronyms.text())
                ? Rewritten.of(acronyms.text(), acronyms.origin(), GLUED_MAGNITUDE,
                    m -> m.group(1) + " " + MAGNITUDES.get(m.group(2).toLowerCase(Locale.ROOT)))
                : acronyms;
        // A word takes at least one character: the text's length bounds their number.
        String[][] normals = new String[s.text().length()][];
        boolean[] capitals = new boolean[normals.length];
        int[] starts = new int[normals.length];
        int count = 0;
        Matcher raw = WORD.matcher(s.text());
        List<String> parts = new ArrayList<>();
        while (raw.find()) {
            String word = raw.group();
            parts.clear();
            String acronym = STOPWORD_ACRONYMS.get(word);
            if (acronym != null) {
                parts.add(acronym);
            } else {
                tokens(word.toLowerCase(Locale.ROOT), parts);
            }
            List<String> kept = new ArrayList<>(parts.size());
            for (String t : parts) {
                String normal = NUMBER_WORDS.getOrDefault(t, t);
                if (!stopwords.contains(normal)) {
                    kept.add(normal);
                }
            }
            normals[count] = kept.toArray(String[]::new);
            capitals[count] = Character.isUpperCase(word.codePointAt(0));
            starts[count++] = s.origin()[raw.start()];
        }
        return new Spans(java.util.Arrays.copyOf(normals, count), java.util.Arrays.copyOf(capitals, count),
                java.util.Arrays.copyOf(starts, count));
    }

    /** Whether {@link #DOTTED_ACRONYM} may match: a full stop after a capital letter (most sentences have none). */
    private static boolean mayHaveDottedAcronym(String text) {
        for (int i = text.indexOf('.', 1); i > 0; i = text.indexOf('.', i + 1)) {
            if (Character.getType(text.codePointBefore(i)) == Character.UPPERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #GLUED_MAGNITUDE} may match: a digit and then m, b, k or t in either case. */
    private static boolean mayHaveGluedMagnitude(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && "mMbBkKtT".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The language's tokens of a lower-cased word: {@code [a-z0-9]+} runs in English, read without a regex. */
    private void tokens(String lower, List<String> out) {
        if (token != ENGLISH_TOKEN) {
            Matcher tokens = token.matcher(lower);
            while (tokens.find()) {
                out.add(tokens.group());
            }
            return;
        }
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!isEnglishTokenChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isEnglishTokenChar(lower.charAt(j))) {
                j++;
            }
            out.add(i == 0 && j == n ? lower : lower.substring(i, j));
            i = j;
        }
    }

    private static boolean isEnglishTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** A text after a rewrite, with the offset in the original text of each of its characters (and of its end). */
    private record Rewritten(String text, int[] origin) {

        /** {@code text} as it is, each character at its own offset. */
        static Rewritten unchanged(String text) {
            return new Rewritten(text, identity(text.length()));
        }

        /** {@code text} with each match of {@code pattern} replaced; {@code origin} maps {@code text} back (null: itself). */
        static Rewritten of(String text, int[] origin, Pattern pattern, Function<Matcher, String> replace) {
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                return origin != null ? new Rewritten(text, origin) : unchanged(text);
            }
            StringBuilder out = new StringBuilder(text.length() + 16);
            int[] map = new int[text.length() + 64];
            int last = 0;
            do {
                for (int i = last; i < m.start(); i++) {
                    map = put(map, out.length(), at(origin, i));
                    out.append(text.charAt(i));
                }
                // Characters written in place of a match stand where the match started.
                String replacement = replace.apply(m);
                for (int i = 0; i < replacement.length(); i++) {
                    map = put(map, out.length(), at(origin, m.start()));
                    out.append(replacement.charAt(i));
                }
                last = m.end();
            } while (m.find());
            for (int i = last; i <= text.length(); i++) {
                map = put(map, out.length() + i - last, at(origin, i));
            }
            out.append(text, last, text.length());
            return new Rewritten(out.toString(), java.util.Arrays.copyOf(map, out.length() + 1));
        }

        private static int at(int[] origin, int i) {
            return origin == null ? i : origin[i];
        }

        private static int[] put(int[] map, int i, int value) {
            int[] out = i < map.length ? map : java.util.Arrays.copyOf(map, 2 * map.length + i);
            out[i] = value;
            return out;
        }

        private static int[] identity(int length) {
            int[] map = new int[length + 1];
            for (int i = 0; i <= length; i++) {
                map[i] = i;
            }
            return map;
        }
    }

    /** A text's words as {@link #analyse} reads them, each with its content tokens and where it starts. */
    public static final class Spans {
        private final String[][] normals;
        private final boolean[] capitalised;
        private final int[] starts;

        private Spans(String[][] normals, boolean[] capitalised, int[] starts) {
            this.normals = normals;
            this.capitalised = capitalised;
            this.starts = starts;
        }

        /** {@code analyse(text.substring(from, to))}, for {@code from} and {@code to} at white space or the ends. */
        public Analysed between(int from, int to) {
            int first = firstAtOrAfter(from);
            int end = firstAtOrAfter(to);
            Set<String> words = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (int k = first; k < end; k++) {
                boolean name = k > first && capitalised[k]; // not the stretch's first word
                for (String normal : normals[k]) {
                    words.add(normal);
                    if (name || Character.isDigit(normal.charAt(0))) {
                        names.add(normal);
                    }
                }
            }
            return new Analysed(words, names);
        }

        /** The first word starting at or after {@code offset} (a rewrite's words share its start: the first of them). */
        private int firstAtOrAfter(int offset) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** {@link #overlap(String, String)} of analysed sentences. */
    public static double overlap(Analysed a, Analysed b) {
        return a.words().size() <= b.words().size() ? contained(a, b) : contained(b, a);
    }

    /** How many content words the two have in common. */
    public static int shared(Analysed a, Analysed b) {
        return a.shared(b);
    }

    /** Share (0 to 1) of {@code part}'s content words that {@code whole} has; 0 when {@code part} has none. */
    public static double contained(Analysed part, Analysed whole) {
        if (part.words().isEmpty()) {
            return 0;
        }
        return (double) part.shared(whole) / part.words().size();
    }

    /** {@link #restates(String, String)} of analysed sentences. */
    public static boolean restates(Analysed candidate, Analysed chosen) {
        double overlap = overlap(candidate, chosen);
        if (overlap >= REPEAT_OVERLAP) {
            return true;
        }
        if (overlap < FACT_OVERLAP) {
            return false;
        }
        int shared = 0;
        boolean number = false;
        for (String w : candidate.words()) {
            if (chosen.words().contains(w) && (candidate.facts().contains(w) || chosen.facts().contains(w))) {
                shared++;
                number |= Character.isDigit(w.charAt(0));
            }
        }
        return number && shared >= SHARED_FACTS;
    }
}
