package org.daybrief.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    public record Analysed(Set<String> words, Set<String> facts) {
    }

    /** Analyses once for many comparisons ({@link #restates(Analysed, Analysed)}). */
    public Analysed analyse(String sentence) {
        String s = sentence == null ? "" : sentence;
        s = DOTTED_ACRONYM.matcher(s).replaceAll(m -> m.group(1).replace(".", "") + " ");
        s = GLUED_MAGNITUDE.matcher(s).replaceAll(m -> m.group(1) + " " + MAGNITUDES.get(
                m.group(2).toLowerCase(Locale.ROOT)));
        Set<String> names = new HashSet<>();
        Set<String> words = new HashSet<>();
        Matcher raw = WORD.matcher(s);
        int index = 0;
        while (raw.find()) {
            String word = raw.group();
            String acronym = STOPWORD_ACRONYMS.get(word);
            boolean name = index > 0 && Character.isUpperCase(word.codePointAt(0)); // not the sentence's first word
            index++;
            List<String> parts = new ArrayList<>();
            if (acronym != null) {
                parts.add(acronym);
            } else {
                Matcher tokens = token.matcher(word.toLowerCase(Locale.ROOT));
                while (tokens.find()) {
                    parts.add(tokens.group());
                }
            }
            for (String t : parts) {
                String normal = NUMBER_WORDS.getOrDefault(t, t);
                if (stopwords.contains(normal)) {
                    continue;
                }
                words.add(normal);
                if (name || Character.isDigit(normal.charAt(0))) {
                    names.add(normal);
                }
            }
        }
        return new Analysed(Set.copyOf(words), Set.copyOf(names));
    }

    /** {@link #overlap(String, String)} of analysed sentences. */
    public static double overlap(Analysed a, Analysed b) {
        return a.words().size() <= b.words().size() ? contained(a, b) : contained(b, a);
    }

    /** Share (0 to 1) of {@code part}'s content words that {@code whole} has; 0 when {@code part} has none. */
    public static double contained(Analysed part, Analysed whole) {
        if (part.words().isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : part.words()) {
            if (whole.words().contains(w)) {
                shared++;
            }
        }
        return (double) shared / part.words().size();
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
