package org.daybrief.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daybrief.text.Sentence;
import org.daybrief.text.Stopwords;

/**
 * Cuts photo captions out of the sentences they were glued to. News pages given as plain text put a caption
 * between two sentences without a full stop ("... on Friday ‘I’d be over the moon ...", "... a colleague The cost
 * of divorce ..."), so a sentence splitter returns caption + next sentence as one sentence, which a reader never
 * sees as one. A seam is a word ending in a small letter or a digit, no punctuation, then a capitalised word; the
 * sentence is cut there when
 * <ul>
 *   <li>the capitalised word is a stopword that opens a sentence ("The", "It", "But"; English) and neither the
 *       word before is a stopword nor the word after is capitalised ("told The Times", "of The Hunger Games"
 *       are names), or it opens a quoted sentence (see {@link #opensQuotation}; English), or</li>
 *   <li>the text before the seam copies an earlier sentence of the document (a caption copies the sentence it
 *       illustrates, which comes before it): at least 60% of its content words, and at least {@link #MIN_COPY_WORDS}, are in that
 *       sentence and it has at least 35% of that sentence's; of several such seams, the closest copy; or the rest of its own sentence repeats 70% of its
 *       content words (one caption printed twice).</li>
 * </ul>
 * The piece before a cut ends without punctuation; {@link ScoringContext} keeps such pieces out of the
 * candidates. Stateless and thread-safe.
 */
public final class CaptionSeams {

    /** Content words the text before a seam needs for its copy of another sentence to count. */
    static final int MIN_COPY_WORDS = 5;

    /** Share of a piece's content words that the rest of its sentence repeating them makes it a caption. */
    static final double SELF_COPY = 0.7;

    /** Share of the copied sentence's content words a caption that copies it has at least. */
    static final double COPIED_SHARE = 0.35;

    /** Words a piece needs on each side of a cut (shorter ones are names and labels, not sentences). */
    private static final int MIN_PIECE_WORDS = 4;

    /** A word ending in a small letter, digit, %, or ')', whitespace, an optional opening quote, a capital. */
    private static final Pattern SEAM = Pattern.compile("(?<=[\\p{Ll}\\p{N}%)])\\s+(?=[‘'\"“]?\\p{Lu})");
    /** A quotation's end: a comma or stop, then a closing quote not followed by a letter (not "it’s"). */
    private static final Pattern QUOTE_END = Pattern.compile("[,.!?][’'\"”](?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private final Redundancy redundancy;
    private final Set<String> openers;

    private CaptionSeams(Redundancy redundancy, Set<String> openers) {
        this.redundancy = redundancy;
        this.openers = openers;
    }

    /** For a language: copies are found in every language, sentence-opening stopwords only in English. */
    public static CaptionSeams forLanguage(String language) {
        String lang = language == null ? "en" : language;
        return new CaptionSeams(Redundancy.forLanguage(lang), lang.equals("en") ? Stopwords.forLanguage("en")
                : Set.of());
    }

    /** {@code sentences} of {@code body} with each glued caption cut off the sentence it was glued to. */
    public List<Sentence> split(String body, List<Sentence> sentences) {
        List<Redundancy.Analysed> analysed = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            analysed.add(redundancy.analyse(s.of(body)));
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int from = s.start();
            // A caption follows the text it illustrates: its copies are of the sentences before it and of the
            // pieces already cut off its own sentence.
            List<Redundancy.Analysed> others = new ArrayList<>(analysed.subList(0, i));
            for (int[] cut = nextCut(body, from, s.end(), others); cut != null;
                    cut = nextCut(body, from, s.end(), others)) {
                out.add(new Sentence(from, cut[0]));
                others.add(redundancy.analyse(body.substring(from, cut[0])));
                from = cut[1];
            }
            out.add(new Sentence(from, s.end()));
        }
        return out;
    }

    /**
     * The first cut in {@code [from, end)}: {seam start, next piece's start}, or null. Of the seams before the first
     * sentence-opening stopword, the last one whose text before it the rest of the sentence repeats, else the one
     * whose text before it is the closest copy of another sentence, when it is a copy; else that stopword's seam.
     */
    private int[] nextCut(String body, int from, int end, List<Redundancy.Analysed> others) {
        Matcher seam = SEAM.matcher(body).region(from, end);
        int[] best = null;
        int[] repeated = null;
        double bestCopy = 0;
        while (seam.find()) {
            List<String> before = words(body.substring(from, seam.start()));
            List<String> after = words(body.substring(seam.end(), end));
            if (before.size() < MIN_PIECE_WORDS || after.size() < MIN_PIECE_WORDS) {
                continue;
            }
            int[] here = {seam.start(), seam.end()};
            Redundancy.Analysed piece = redundancy.analyse(body.substring(from, seam.start()));
            if (piece.words().size() >= MIN_COPY_WORDS) {
                if (Redundancy.contained(piece, redundancy.analyse(body.substring(seam.end(), end))) >= SELF_COPY) {
                    repeated = here; // the same caption twice in a row ("X at Y X at Y in Z ...")
                }
                for (Redundancy.Analysed other : others) {
                    double copy = copy(piece, other);
                    if (copy > 0 && copy >= bestCopy) {
                        bestCopy = copy;
                        best = here;
                    }
                }
            }
            String previous = before.get(before.size() - 1).toLowerCase(Locale.ROOT);
            if (opensSentence(after.get(0), after.get(1), previous, body.charAt(seam.end()))
                    || opensQuotation(body, seam.end(), end, previous)) {
                return repeated != null ? repeated : best != null ? best : here;
            }
        }
        return repeated != null ? repeated : best;
    }

    /**
     * How closely a piece copies another sentence, 0 when it is no copy: most of its content words are in the other
     * ({@link Redundancy#REPEAT_OVERLAP}); then the harmonic mean of the two shares, so that of several seams the
     * one that ends the copy where the copied sentence ends scores best.
     */
    private static double copy(Redundancy.Analysed piece, Redundancy.Analysed other) {
        if (other.words().size() < MIN_PIECE_WORDS) {
            return 0;
        }
        double in = Redundancy.contained(piece, other);
        double back = Redundancy.contained(other, piece);
        return in < Redundancy.REPEAT_OVERLAP || back < COPIED_SHARE ? 0 : 2 * in * back / (in + back);
    }

    /** "The", "It", "But" ... after a word that does not take a name ("of", "told" do), before a small word. */
    private boolean opensSentence(String word, String following, String previous, char first) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isLetter(first) && !word.equals("I") && !word.startsWith("I'") && !word.startsWith("I’")
                && openers.contains(lower) && !openers.contains(previous)
                && !Character.isUpperCase(following.codePointAt(0));
    }

    /**
     * A quoted sentence opening after a word that takes no quotation ("... on Friday ‘I’d be over the moon,’ said
     * Locke"): at least {@link #MIN_PIECE_WORDS} words in the quotes, ending with a comma or a stop inside them,
     * where a quoted title or phrase ("dubbed ‘The Great Escape’") ends without one.
     */
    private boolean opensQuotation(String body, int at, int end, String previous) {
        char open = body.charAt(at);
        if (openers.isEmpty() || openers.contains(previous) || "‘'\"“".indexOf(open) < 0) {
            return false;
        }
        Matcher close = QUOTE_END.matcher(body).region(at + 1, end);
        return close.find() && words(body.substring(at + 1, close.start())).size() >= MIN_PIECE_WORDS;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
