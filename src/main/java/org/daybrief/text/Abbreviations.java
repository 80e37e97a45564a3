package org.daybrief.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Repairs sentence splits made after an abbreviation ("Acme Corp. said", "Gov. Smith", "Jan. 5",
 * "the U.S. Senate", "at 9 a.m. local time", "John F. Kennedy"). Statistical sentence models over-split news
 * text after such tokens; this stage merges the pieces back. One instance per language; immutable and
 * thread-safe.
 */
public final class Abbreviations {

    /** Titles before a name: the split is always wrong. */
    private static final Set<String> EN_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep",
            "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "rev", "hon", "st", "pres",
            "supt", "det", "insp", "gov-elect", "atty", "vs", "v", "mt", "ft", "messrs", "sr", "jr");
    /** Months and similar: wrong when a number follows. */
    private static final Set<String> EN_BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "p", "pp", "fig", "art", "ch", "sec");
    /** Abbreviations that may also end a sentence: wrong unless an ordinary sentence opener follows. */
    private static final Set<String> EN_AMBIGUOUS = Set.of("corp", "inc", "co", "ltd", "llc", "plc", "bros",
            "u.s", "u.k", "u.n", "u.s.a", "e.u", "d.c", "a.m", "p.m", "etc", "e.g", "i.e", "approx", "dept",
            "govt", "assn", "univ", "ave", "blvd", "rd", "n.y", "l.a", "calif",
            "fla", "ariz", "tenn", "mich", "minn", "wis", "okla", "colo", "ky", "ala", "nev", "neb", "kan",
            "tex");

    private static final Set<String> DE_TITLES = Set.of("dr", "prof", "hr", "fr", "hrn", "st", "nr", "abs",
            "bzw", "ca", "vgl", "ggf", "evtl", "inkl", "sog", "z.b", "u.a", "d.h", "z.t", "u.u", "o.ä", "s",
            "str", "dipl", "ing", "gebr", "jh", "mio", "mrd");
    private static final Set<String> DE_BEFORE_NUMBER = Set.of("jan", "feb", "apr", "aug", "sep", "sept",
            "okt", "nov", "dez", "nr", "bd", "s");
    private static final Set<String> DE_AMBIGUOUS = Set.of("usw", "etc", "gmbh", "co", "kg", "ag", "u.s",
            "ev", "e.v", "bzw", "tel");

    private static final Set<String> FR_TITLES = Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr",
            "me", "mgr", "st", "ste", "cf", "p.ex", "av", "bd", "env", "vol", "n°");
    private static final Set<String> FR_BEFORE_NUMBER = Set.of("janv", "févr", "fév", "avr", "juil", "sept",
            "oct", "nov", "déc", "no", "p", "art", "chap");
    private static final Set<String> FR_AMBIGUOUS = Set.of("etc", "cie", "sa", "s.a", "é.-u", "e.-u");

    /** Words that typically open a new sentence after an abbreviation that ended the previous one. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "it", "its", "he", "she", "they", "we",
            "i", "you", "but", "in", "on", "this", "that", "these", "those", "there", "his", "her", "their",
            "our", "as", "at", "after", "when", "while", "if", "for", "so", "yet", "however", "meanwhile", "also",
            "then", "now", "some", "many", "most", "one", "no", "not", "what", "who", "why", "how", "where",
            "der", "die", "das", "er", "sie", "es", "wir", "ich", "aber", "und", "le", "la", "les", "il", "elle",
            "ils", "elles", "nous", "mais", "et", "un", "une", "des", "ce", "cette");

    /** German month names (full and short, lower case): "zum 1. Januar", "am 3. Okt. 2025". */
    private static final Set<String> DE_MONTHS = Set.of("januar", "jänner", "februar", "feber", "märz", "april",
            "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "jan", "feb", "mär",
            "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez");

    private final Set<String> titles;
    private final Set<String> beforeNumber;
    private final Set<String> ambiguous;
    /**
     * Units and currencies ("руб", "zł", "г" for год): after a number or another unit ("300 млн руб.", "w 2020 r.")
     * they end a sentence before a capital; elsewhere ("г. Казань") they are {@link #ambiguous}.
     */
    private final Set<String> units;
    /** Words that open a sentence after an ambiguous abbreviation: {@link #OPENERS} plus the language's own. */
    private final Set<String> openers;
    /** Month names after which "{@code 1.}" is an ordinal date, or null when the language has no dotted ordinals. */
    private final Set<String> ordinalMonths;

    private Abbreviations(Set<String> titles, Set<String> beforeNumber, Set<String> ambiguous,
                          Set<String> ordinalMonths, Set<String> openers) {
        this(titles, beforeNumber, ambiguous, Set.of(), ordinalMonths, openers);
    }

    private Abbreviations(Set<String> titles, Set<String> beforeNumber, Set<String> ambiguous, Set<String> units,
                          Set<String> ordinalMonths, Set<String> openers) {
        this.titles = titles;
        this.beforeNumber = beforeNumber;
        this.ambiguous = ambiguous;
        this.units = units;
        this.ordinalMonths = ordinalMonths;
        this.openers = openers;
    }

    private static final Abbreviations EN = new Abbreviations(EN_TITLES, EN_BEFORE_NUMBER, EN_AMBIGUOUS, null,
            OPENERS);
    private static final Abbreviations DE = new Abbreviations(DE_TITLES, DE_BEFORE_NUMBER, DE_AMBIGUOUS, DE_MONTHS,
            OPENERS);
    private static final Abbreviations FR = new Abbreviations(FR_TITLES, FR_BEFORE_NUMBER, FR_AMBIGUOUS, null,
            OPENERS);
    /** Other languages' lists, read on first need from {@code abbreviations/<language>.txt} beside this class. */
    private static final ConcurrentMap<String, Abbreviations> LISTED = new ConcurrentHashMap<>();

    /** The rules for an ISO 639-1 language; English rules for languages without their own list. */
    public static Abbreviations forLanguage(String language) {
        return switch (language) {
            case "en" -> EN;
            case "de" -> DE;
            case "fr" -> FR;
            default -> LISTED.computeIfAbsent(language, Abbreviations::read);
        };
    }

    /**
     * A language's lists from its resource: lines {@code titles:}, {@code before-number:}, {@code ambiguous:},
     * {@code units:} and
     * {@code openers:}, each followed by lower-case words without their final dot; {@code #} starts a comment.
     * English rules when the language has no resource.
     */
    private static Abbreviations read(String language) {
        InputStream in = Abbreviations.class.getResourceAsStream("abbreviations/" + language + ".txt");
        if (in == null) {
            return EN;
        }
        Map<String, Set<String>> lists = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                line = (hash >= 0 ? line.substring(0, hash) : line).strip();
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lists.computeIfAbsent(line.substring(0, colon), k -> new HashSet<>())
                            .addAll(Arrays.asList(line.substring(colon + 1).strip().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the abbreviations of " + language, e);
        }
        Set<String> openers = new HashSet<>(OPENERS);
        openers.addAll(lists.getOrDefault("openers", Set.of()));
        return new Abbreviations(Set.copyOf(lists.getOrDefault("titles", Set.of())),
                Set.copyOf(lists.getOrDefault("before-number", Set.of())),
                Set.copyOf(lists.getOrDefault("ambiguous", Set.of())), Set.copyOf(lists.getOrDefault("units", Set.of())),
                null, Set.copyOf(openers));
    }

    /** Whether the split between {@code text[..dotEnd)} and the sentence starting at {@code nextStart} is wrong. */
    public boolean isFalseSplit(String text, int prevStart, int prevEnd, int nextStart) {
        if (prevEnd <= prevStart || text.charAt(prevEnd - 1) != '.') {
            return false;
        }
        // The last token of the previous piece, without its final dot.
        int tokEnd = prevEnd - 1;
        boolean tokenised = tokEnd > prevStart && text.charAt(tokEnd - 1) == ' ';
        if (tokenised) { // "d.j ." in tokenised text: the word before the detached dot
            tokEnd--;
        }
        int tokStart = tokEnd;
        while (tokStart > prevStart && !Character.isWhitespace(text.charAt(tokStart - 1))) {
            tokStart--;
        }
        while (tokStart < tokEnd && "(\"'“‘[".indexOf(text.charAt(tokStart)) >= 0) {
            tokStart++;
        }
        if (tokStart == tokEnd) {
            return false;
        }
        String token = withoutElision(text.substring(tokStart, tokEnd).toLowerCase(Locale.ROOT));
        if (nextStart >= text.length()) {
            return false;
        }
        char next = text.charAt(nextStart);
        // A dotted ordinal ("zum 1. Januar 2026", "der 3. größte"): one or two digits, then a month or a
        // lower-case word.
        if (ordinalMonths != null && token.length() <= 2 && Character.isDigit(token.charAt(0))
                && Character.isDigit(token.charAt(token.length() - 1)) && !tokenised) {
            return Character.isLowerCase(next) || ordinalMonths.contains(firstWord(text, nextStart));
        }
        // An initial: "John F. Kennedy".
        if (token.length() == 1 && Character.isLetter(token.charAt(0)) && Character.isUpperCase(text.charAt(tokStart))) {
            return Character.isUpperCase(next);
        }
        if (titles.contains(token)) {
            return Character.isLetterOrDigit(next);
        }
        if (beforeNumber.contains(token)) {
            return Character.isDigit(next);
        }
        boolean dotted = token.indexOf('.') > 0 && token.length() <= 6 && onlyLettersAndDots(token);
        if (units.contains(token) && Character.isUpperCase(next) && afterQuantity(text, prevStart, tokStart)
                && !units.contains(firstWord(text, nextStart))) { // "40 mil. Kč" is one amount
            return false;
        }
        if (ambiguous.contains(token) || units.contains(token) || dotted) {
            if (Character.isDigit(next)) {
                return true;
            }
            if (Character.isLowerCase(next) && !tokenised) {
                return true;
            }
            return !openers.contains(firstWord(text, nextStart));
        }
        return false;
    }

    /** "dall'art" → "art", "l'avv" → "avv": an elided article before a listed abbreviation (it, fr, ca). */
    private String withoutElision(String token) {
        int apostrophe = Math.max(token.lastIndexOf('\''), token.lastIndexOf('\u2019'));
        if (apostrophe < 0 || apostrophe == token.length() - 1) {
            return token;
        }
        String word = token.substring(apostrophe + 1);
        return lists(word) ? word : token;
    }

    /** Whether a lower-case word without its dot is one of this language's abbreviations. */
    public boolean lists(String word) {
        return titles.contains(word) || beforeNumber.contains(word) || ambiguous.contains(word)
                || units.contains(word);
    }

    /** Whether the word before {@code tokStart} is a number or a unit: "300 млн руб", "w 2020 r", "40 milj. kr". */
    private boolean afterQuantity(String text, int from, int tokStart) {
        int end = tokStart;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = tokenStart(text, from, end);
        if (start == end) {
            return false;
        }
        String word = text.substring(start, text.charAt(end - 1) == '.' ? end - 1 : end).toLowerCase(Locale.ROOT);
        return !word.isEmpty() && (Character.isDigit(word.charAt(word.length() - 1)) || units.contains(word));
    }

    /**
     * Merges wrongly split neighbours among {@code sentences} (offsets into {@code text}), and splits a
     * sentence where an ambiguous abbreviation ("U.S.", "Inc.") is followed by a capitalised sentence opener
     * ("... moved to the U.S. He later ..."), which statistical models keep together.
     */
    public List<Sentence> repair(String text, List<Sentence> sentences) {
        sentences = splitTokenisedLowerCase(text, splitAfterAmbiguous(text, sentences));
        if (sentences.size() < 2) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        Sentence current = sentences.get(0);
        for (int i = 1; i < sentences.size(); i++) {
            Sentence next = sentences.get(i);
            if (isFalseSplit(text, current.start(), current.end(), next.start())) {
                current = new Sentence(current.start(), next.end());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    /** Where a sentence should be cut after the full stop at {@code dot}; {@code start..end} is the piece so far. */
    private interface CutRule {
        boolean cutsAt(String text, int start, int dot, int end);
    }

    private List<Sentence> splitAfterAmbiguous(String text, List<Sentence> sentences) {
        return cut(text, sentences, this::endsAfterAmbiguous);
    }

    /** "... moved to the U.S. He later ...": an ambiguous abbreviation, then a capitalised sentence opener. */
    private boolean endsAfterAmbiguous(String text, int start, int i, int end) {
        if (text.charAt(i + 1) != ' ' || !Character.isUpperCase(text.charAt(i + 2))
                || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        String token = text.substring(tokenStart(text, start, i), i).toLowerCase(Locale.ROOT);
        return (ambiguous.contains(token) || token.indexOf('.') > 0 && token.length() <= 6
                && onlyLettersAndDots(token)) && openers.contains(firstWord(text, i + 2));
    }

    /**
     * Splits lower-cased, tokenised text ("... in mystery . but this week , russia ...") where a detached full
     * stop is followed by a lower-case word: the sentence model, trained on cased text, keeps such sentences
     * together. Not after an abbreviation or an initial ("u.s . marshals", "capt . yves", "no . 1"), and only
     * when both sides have a few words, so a stray dot inside a name stays put.
     */
    private List<Sentence> splitTokenisedLowerCase(String text, List<Sentence> sentences) {
        return cut(text, sentences, this::endsBeforeLowerCase);
    }

    private boolean endsBeforeLowerCase(String text, int start, int i, int end) {
        if (text.charAt(i - 1) != ' ' || text.charAt(i + 1) != ' ' || !Character.isLowerCase(text.charAt(i + 2))) {
            return false;
        }
        String token = text.substring(tokenStart(text, start, i - 1), i - 1).toLowerCase(Locale.ROOT);
        boolean abbreviation = token.length() == 1 && Character.isLetter(token.charAt(0)) || titles.contains(token)
                || beforeNumber.contains(token) || ambiguous.contains(token)
                || token.indexOf('.') > 0 && onlyLettersAndDots(token);
        return !abbreviation && Words.count(text.substring(start, i)) >= 4
                && Words.count(text.substring(i + 2, end)) >= 4;
    }

    /** Cuts each sentence after every full stop where {@code rule} says so. */
    private static List<Sentence> cut(String text, List<Sentence> sentences, CutRule rule) {
        List<Sentence> out = null;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            int start = sentence.start();
            for (int i = sentence.start() + 1; i + 2 < sentence.end(); i++) {
                if (text.charAt(i) != '.' || !rule.cutsAt(text, start, i, sentence.end())) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(sentences.subList(0, k));
                }
                out.add(new Sentence(start, i + 1));
                start = i + 2;
            }
            if (out != null) {
                out.add(start == sentence.start() ? sentence : new Sentence(start, sentence.end()));
            }
        }
        return out == null ? sentences : out;
    }

    /** The start of the whitespace-delimited token that ends at {@code end}, not before {@code from}. */
    private static int tokenStart(String text, int from, int end) {
        int t = end;
        while (t > from && !Character.isWhitespace(text.charAt(t - 1))) {
            t--;
        }
        return t;
    }

    private static boolean onlyLettersAndDots(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }
}
