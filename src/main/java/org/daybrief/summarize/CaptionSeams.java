package org.daybrief.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daybrief.text.Sentence;
import org.daybrief.text.Stopwords;
import org.daybrief.text.Words;

/**
 * Cuts photo captions out of the sentences they were glued to. News pages given as plain text put a caption
 * between two sentences without a full stop ("... on Friday ‘I’d be over the moon ...", "... a colleague The cost
 * of divorce ..."), so a sentence splitter returns caption + next sentence as one sentence, which a reader never
 * sees as one. A seam is a word ending in a small letter or a digit, no punctuation, then a capitalised word; the
 * sentence is cut there when
 * <ul>
 *   <li>the capitalised word is a stopword that opens a sentence ("The", "It", "But"; English) and neither the
 *       word before is a stopword nor the word after is capitalised ("told The Times", "of The Hunger Games"
 *       are names), or it opens a quoted sentence (see {@link #opensQuotation}; English), or it is a connective
 *       or a sentence adverb ("However", "Officially", see {@link #opensWithAdverb}; English), or a subject pronoun
 *       after a stopword ("... as seen above It shows ...", see {@link #opensWithSubject}; English), or</li>
 *   <li>the text before the seam copies an earlier sentence of the document (a caption copies the sentence it
 *       illustrates, which comes before it): at least 60% of its content words, and at least {@link #MIN_COPY_WORDS}, are in that
 *       sentence and it has at least 35% of that sentence's; of several such seams, the closest copy; or the rest of its own sentence repeats 70% of its
 *       content words (one caption printed twice), or</li>
 *   <li>a caption's label follows ("... in the state university campus Cause: Manhart came ...", see
 *       {@link #labelSeam}), or the text before says who is where in a photo ("Ken Choo (far left) ... of the game
 *       Cardiff welcomed ...", see {@link #placeSeam}); English, or</li>
 *   <li>the text before names someone and the sentence after opens with that name again and a verb ("... and
 *       handles the ball Coleman appears to apologise ...", see {@link #namesAgain}); English. On cnndm-raw-dev
 *       +0.09 / +0.11 ROUGE-1 on the even and odd halves (ROUGE-2 -0.10 / 0.00: the captions cut off were
 *       informative ones); nothing changed on cnndm-dev, bbc-dev and Multi-News.</li>
 * </ul>
 * A quoted sentence opens also where the quotation runs on past its sentence's end ("... on the professional tour
 * 'I've prepared well for this but it's not been enough.").
 * These rules, the label and place seams and the quotation that runs on, were worth +0.56 / +0.35 ROUGE-1 on the
 * two halves of cnndm-raw-dev (even and odd documents) and changed nothing on cnndm-dev, bbc-dev and Multi-News;
 * the adverbs and pronouns +0.38 / 0.00 (the odd half has no such seam).
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
    /** Any closing quote mark: one not followed by a letter ("players' fans", not "it's"). */
    private static final Pattern ANY_CLOSE = Pattern.compile("[’'\"”](?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** A caption's label ends: a colon, whitespace, then a capital (a quotation after a colon is speech). */
    private static final Pattern LABEL_END = Pattern.compile(":\\s+(?=\\p{Lu})");
    /** A label's word: letters, apostrophes and hyphens, capitalised for its first word. */
    private static final Pattern LABEL_WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** Words in a caption's label at most ("Cause:", "Happy handshake:", "Lengthy prison sentence:"). */
    private static final int MAX_LABEL_WORDS = 3;
    /** Where a caption says who is where in its photo: "(left)", "(far right)", "(behind Allen, left)". */
    private static final Pattern PLACE_IN_PHOTO = Pattern.compile(
            "\\([^()]{0,40}?\\b(left|right|centre|center|inset)\\)");
    /** Capitalised words in a row, a name ("Rodrigo De Paul", "Cardiff"); small particles inside ("de", "van"). */
    private static final Pattern NAME_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|la|le|di|da)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");
    /** Words that never follow a clause's subject: after a name they make it a verb's or a preposition's object. */
    private static final Set<String> NOT_A_PREDICATE = Set.of("a", "an", "the", "in", "on", "at", "of", "for", "to",
            "from", "with", "by", "and", "or", "into", "against", "over", "after", "before", "during", "as");
    /** Subject pronouns, which after a stopword open a sentence where "The" may not ("... as seen above It shows"). */
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we");
    /** Adverbs that join a sentence to the one before it. */
    private static final Set<String> CONNECTIVES = Set.of("however", "meanwhile", "moreover", "furthermore",
            "nevertheless", "nonetheless", "instead", "therefore", "otherwise", "likewise", "similarly",
            "afterwards", "consequently", "additionally");
    /** Endings of sentence adverbs that no name has ("Officially", "Incredibly", "Unfortunately"). */
    private static final String[] ADVERB_ENDINGS = {"ally", "ously", "ently", "antly", "ibly", "ably", "fully",
        "edly", "ively", "ingly", "tely"};
    /** Verbs that introduce speech: "Mr Cameron said: This ..." has no label. */
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "explained", "wrote", "writes", "tweeted", "posted", "stated", "announced", "asked", "replied", "warned");

    /** Words before a seam that a caption naming someone needs (shorter ones are a name's title or a label). */
    static final int NAMED_CAPTION_WORDS = 8;
    /** Verbs that open a clause after a name ("Coleman appears", "Lizzi had", "Hazard was substituted"). */
    private static final Set<String> FINITE = Set.of("is", "was", "has", "had", "have", "are", "were", "will", "would",
            "can", "could", "may", "might", "appears", "shows", "looks", "poses", "stands", "sits", "gets", "makes",
            "takes", "celebrates", "holds", "walks", "smiles", "scored", "became");
    /** A name and the word after it: up to four capitalised words, then a small word. */
    private static final Pattern NAME_THEN_WORD = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(\\p{Ll}+)");
    /** Small words that a name goes on after: name particles ("coach Vicente del Bosque") and adverbs. */
    private static final Set<String> GOES_ON = Set.of("de", "del", "van", "von", "der", "la", "le", "di", "da",
            "today", "though", "although", "whereas", "unless", "whilst", "yet", "still", "even", "now", "ago",
            "tonight", "yesterday", "tomorrow");
    /** Words before a verb that takes an object ("to prove Mr Ray was", "would see O'Sullivan docked"). */
    private static final Set<String> BEFORE_A_VERB = Set.of("to", "would", "could", "will", "can", "may", "might",
            "should", "must", "did", "does", "do");
    /** Endings of role nouns, which take a name after them ("manager", "director", "scientist", "assistant"). */
    private static final String[] ROLE_ENDINGS = {"er", "or", "ist", "ant", "ent"};
    /** Roles, kin and descriptions that take a name after them ("boss Arum is", "girlfriend Sarah Harper had"). */
    private static final Set<String> ROLES = Set.of("boss", "captain", "chief", "coach", "star", "actress", "actor",
            "wife", "husband", "son", "daughter", "brother", "sister", "friend", "girlfriend", "boyfriend", "partner",
            "colleague", "team-mate", "teammate", "rival", "champion", "winner", "chairman", "chairwoman", "secretary",
            "spokesman", "spokeswoman", "expert", "agent", "astronaut", "model", "host", "judge", "doctor", "officer",
            "back", "lock", "stand-off", "midfielder", "striker", "winger", "forward", "defender", "substitute",
            "goalkeeper", "keeper", "assistant", "historian", "boxer", "author", "prosecutor", "president", "minister",
            "senator", "candidate", "contender", "younger", "older", "elder", "single", "clad", "late", "first",
            "fellow", "new", "former", "then", "general", "agency", "group", "head", "deputy", "mp", "mum", "dad",
            "uncle", "aunt", "cousin", "grandmother", "grandfather", "chef", "artist", "photographer", "pilot",
            "businessman", "businesswoman", "tycoon", "billionaire", "millionaire", "legend", "icon", "hero", "veteran",
            "rookie", "youngster", "teenager", "mogul", "rapper", "comedian", "presenter", "pundit", "analyst",
            "official", "lawyer", "attorney", "professor", "scientist", "researcher", "student", "pupil", "victim",
            "suspect", "accused", "defendant", "mother", "father", "parent", "girl", "boy", "man", "woman", "lady",
            "gentleman");

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
        return cut(body, sentences).sentences();
    }

    /**
     * The sentences {@link #split} gives, each with its {@link Redundancy#analyse analysis} in this language where
     * the cutting worked it out (null for the last piece of a sentence that was cut), so that scoring need not
     * analyse them again.
     */
    public record Cut(List<Sentence> sentences, List<Redundancy.Analysed> analysed) {
    }

    /**
     * A sentence read once ({@link Redundancy#spans}) that starts at {@code start} in the body: the analysis of any
     * stretch of it cut at white space, in body offsets (seams and cuts are white space).
     */
    private record Stretches(Redundancy.Spans spans, int start) {
        Redundancy.Analysed between(int from, int to) {
            return spans.between(from - start, to - start);
        }
    }

    /** {@link #split}, with the analyses worked out on the way. */
    public Cut cut(String body, List<Sentence> sentences) {
        // Each sentence is read once: its analysis, and those of the stretches its seams cut it into, come from it.
        List<Redundancy.Spans> read = new ArrayList<>(sentences.size());
        List<Redundancy.Analysed> analysed = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Redundancy.Spans spans = redundancy.spans(s.of(body));
            read.add(spans);
            analysed.add(spans.between(0, s.end() - s.start()));
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        List<Redundancy.Analysed> outAnalysed = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int from = s.start();
            // A caption follows the text it illustrates: its copies are of the sentences before it and of the
            // pieces already cut off its own sentence.
            List<Redundancy.Analysed> others = new ArrayList<>(analysed.subList(0, i));
            Stretches stretches = new Stretches(read.get(i), s.start());
            for (int[] cut = nextCut(body, from, s.end(), stretches, others); cut != null;
                    cut = nextCut(body, from, s.end(), stretches, others)) {
                out.add(new Sentence(from, cut[0]));
                Redundancy.Analysed piece = stretches.between(from, cut[0]);
                others.add(piece);
                outAnalysed.add(piece);
                from = cut[1];
            }
            out.add(new Sentence(from, s.end()));
            outAnalysed.add(from == s.start() ? analysed.get(i) : null);
        }
        return new Cut(out, java.util.Collections.unmodifiableList(outAnalysed));
    }

    /**
     * The first cut in {@code [from, end)}: {seam start, next piece's start}, or null. Of the seams before the first
     * sentence-opening stopword, the last one whose text before it the rest of the sentence repeats, else the one
     * whose text before it is the closest copy of another sentence, when it is a copy; else that stopword's seam.
     */
    private int[] nextCut(String body, int from, int end, Stretches stretches, List<Redundancy.Analysed> others) {
        Matcher seam = SEAM.matcher(body).region(from, end);
        int[] best = null;
        int[] repeated = null;
        double bestCopy = 0;
        int[] label = earlier(labelSeam(body, from, end), placeSeam(body, from, end));
        // The stretch's words are read once; each seam takes those on either side of it.
        List<String> words = new ArrayList<>();
        List<Integer> wordEnds = new ArrayList<>();
        List<Integer> wordStarts = new ArrayList<>();
        for (Matcher m = WORD.matcher(body).region(from, end); m.find(); ) {
            words.add(m.group());
            wordStarts.add(m.start());
            wordEnds.add(m.end());
        }
        int wordsBefore = 0;
        int firstAfter = 0;
        while (seam.find()) {
            if (label != null && seam.start() >= label[0]) {
                break;
            }
            // A seam is white space: no word reaches over it.
            while (wordsBefore < words.size() && wordEnds.get(wordsBefore) <= seam.start()) {
                wordsBefore++;
            }
            firstAfter = Math.max(firstAfter, wordsBefore);
            while (firstAfter < words.size() && wordStarts.get(firstAfter) < seam.end()) {
                firstAfter++;
            }
            List<String> before = words.subList(0, wordsBefore);
            List<String> after = words.subList(firstAfter, words.size());
            if (before.size() < MIN_PIECE_WORDS || after.size() < MIN_PIECE_WORDS) {
                continue;
            }
            int[] here = {seam.start(), seam.end()};
            Redundancy.Analysed piece = stretches.between(from, seam.start());
            if (piece.words().size() >= MIN_COPY_WORDS) {
                if (Redundancy.contained(piece, stretches.between(seam.end(), end)) >= SELF_COPY) {
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
            String previousWord = before.get(before.size() - 1);
            String previous = previousWord.toLowerCase(Locale.ROOT);
            if (opensSentence(after.get(0), after.get(1), previous, body.charAt(seam.end()))
                    || opensQuotation(body, seam.end(), end, previous)
                    || opensWithAdverb(after.get(0), after.get(1), previousWord, body.charAt(seam.end()))
                    || opensWithSubject(body, seam.end(), after.get(0), after.get(1), previousWord)
                    || namesAgain(body, seam.end(), end, before, previousWord)) {
                return repeated != null ? repeated : best != null ? best : here;
            }
        }
        return repeated != null ? repeated : best != null ? best : label;
    }

    /**
     * The seam before the first caption label in {@code [from, end)}, or null: a small word without punctuation that
     * is not a stopword, whitespace, then one to {@link #MAX_LABEL_WORDS} words, the first capitalised, a colon and
     * a capital ("... outside the campus Cause: Manhart came ..."). Captions on news pages open with such a label;
     * a title ("featured in Frida Kahlo: The Photographs") follows a stopword or a name, speech ("Mr Cameron said:
     * This") has a verb of saying, and a label after a stop opens its own sentence anyway.
     */
    private int[] labelSeam(String body, int from, int end) {
        if (openers.isEmpty()) {
            return null;
        }
        Matcher colon = LABEL_END.matcher(body).region(from, end);
        while (colon.find()) {
            int start = colon.start();
            for (int k = 1; k <= MAX_LABEL_WORDS; k++) {
                start = previousWordStart(body, from, start);
                String word = start < 0 ? "" : body.substring(start, wordEnd(body, start));
                if (start < 0 || !LABEL_WORD.matcher(word).matches()
                        || SPEECH.contains(word.toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (!Character.isUpperCase(body.charAt(start))) {
                    continue;
                }
                int before = start;
                while (before > from && Character.isWhitespace(body.charAt(before - 1))) {
                    before--;
                }
                int wordStart = previousWordStart(body, from, start);
                if (wordStart < 0 || before == start) {
                    break;
                }
                String previous = body.substring(wordStart, before);
                char last = previous.charAt(previous.length() - 1);
                if ((Character.isLowerCase(last) || Character.isDigit(last) || last == '%' || last == ')')
                        && !Character.isUpperCase(previous.codePointAt(0))
                        && !openers.contains(previous.toLowerCase(Locale.ROOT))
                        && !SPEECH.contains(previous.toLowerCase(Locale.ROOT))
                        && words(body.substring(from, before)).size() >= MIN_PIECE_WORDS
                        && words(body.substring(colon.end(), end)).size() >= MIN_PIECE_WORDS) {
                    return new int[] {before, start};
                }
            }
        }
        return null;
    }

    /**
     * The seam that ends a caption saying who is where in its photo, or null: the first seam after "(left)" or
     * "(far right)" that follows a word that is not a stopword ("... Ken Choo (far left) have backed the boycott
     * of the game Cardiff welcomed 2,200 Leeds fans ..."); running text names the people it means instead.
     */
    private int[] placeSeam(String body, int from, int end) {
        if (openers.isEmpty()) {
            return null;
        }
        Matcher place = PLACE_IN_PHOTO.matcher(body).region(from, end);
        if (!place.find()) {
            return null;
        }
        Matcher seam = SEAM.matcher(body).region(place.end(), end);
        while (seam.find()) {
            List<String> before = words(body.substring(from, seam.start()));
            if (words(body.substring(seam.end(), end)).size() < MIN_PIECE_WORDS) {
                return null;
            }
            String word = before.get(before.size() - 1);
            String previous = word.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(word.codePointAt(0)) && !openers.contains(previous)
                    && !SPEECH.contains(previous) && opensClause(body, seam.end(), end)) {
                return new int[] {seam.start(), seam.end()};
            }
        }
        return null;
    }

    /**
     * Whether the capitalised words at {@code at} are a clause's subject: the next word is no preposition, article
     * or conjunction and no bracket follows them ("Cardiff welcomed ...", "Allen also splurged ...", where a verb's
     * object goes on "... to give United a comfortable lead", "... faced Evander Holyfield (left) in 1992").
     */
    private static boolean opensClause(String body, int at, int end) {
        Matcher run = NAME_RUN.matcher(body).region(at, end);
        if (!run.lookingAt()) {
            return false;
        }
        int next = run.end();
        while (next < end && Character.isWhitespace(body.charAt(next))) {
            next++;
        }
        if (next >= end || !Character.isLetter(body.charAt(next)) && body.charAt(next) != ',') {
            return false;
        }
        Matcher word = WORD.matcher(body).region(next, end);
        return !word.lookingAt() || !NOT_A_PREDICATE.contains(word.group().toLowerCase(Locale.ROOT));
    }

    private static int[] earlier(int[] a, int[] b) {
        return a == null ? b : b == null || a[0] <= b[0] ? a : b;
    }

    /** The start of the whitespace-separated word before {@code at} (skipping whitespace), or -1 at {@code from}. */
    private static int previousWordStart(String body, int from, int at) {
        int i = at;
        while (i > from && Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        if (i == from) {
            return -1;
        }
        while (i > from && !Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String body, int start) {
        int i = start;
        while (i < body.length() && !Character.isWhitespace(body.charAt(i)) && body.charAt(i) != ':') {
            i++;
        }
        return i;
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
        int shared = Redundancy.shared(piece, other); // one count serves both directions
        double in = piece.words().isEmpty() ? 0 : (double) shared / piece.words().size();
        double back = (double) shared / other.words().size();
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
     * A subject pronoun after a stopword that ends a caption ("... walking on the flag, as seen above It shows her
     * ..."), where {@link #opensSentence} does not cut because a stopword may take a name ("of The Times"): "He",
     * "She", "It", "They" or "We", after a word that is not capitalised, then a space and a small word that is not a
     * stopword. Titles ("How We Do", "Five Children and It, previously filmed") and capitals ("the potential of IT")
     * stay whole. English.
     */
    private boolean opensWithSubject(String body, int at, String word, String following, String previousWord) {
        int next = at + word.length();
        return !openers.isEmpty() && SUBJECTS.contains(word.toLowerCase(Locale.ROOT)) && titleCase(word)
                && body.charAt(at) == word.charAt(0) && openers.contains(previousWord.toLowerCase(Locale.ROOT))
                && !Character.isUpperCase(previousWord.codePointAt(0)) && next < body.length()
                && body.charAt(next) == ' ' && Character.isLowerCase(following.codePointAt(0))
                && !openers.contains(following);
    }

    /**
     * A caption that names someone, glued to the sentence about them: the text before the seam (at least
     * {@link #NAMED_CAPTION_WORDS} words) names a person or a team, it ends on a small word that ends a clause, and
     * the sentence after opens with that name again and a verb ("Seamus Coleman falls over ... and handles the ball
     * Coleman appears to apologise ...", "Lizzi Crawford dropped over 7st ... for being pregnant Lizzi had reached
     * ..."). Running text puts a name after a role or a verb instead ("... centre back Gerard Pique told", "... who
     * accused his girlfriend Alexis Randock of ..."): no cut after a stopword, a verb of saying, a word in -ed or -s,
     * a role ({@link #ROLES}, or a word ending as one does: -er, -or, -ist, -ant, -ent), a name particle or adverb
     * that goes on ({@link #GOES_ON}), or a word after "to" or a modal ("to prove Mr Ray was", "would see O'Sullivan
     * docked"). English.
     */
    private boolean namesAgain(String body, int at, int end, List<String> before, String previousWord) {
        String previous = previousWord.toLowerCase(Locale.ROOT);
        String twoBack = before.size() >= 2 ? before.get(before.size() - 2).toLowerCase(Locale.ROOT) : "";
        if (openers.isEmpty() || before.size() < NAMED_CAPTION_WORDS || !Character.isLetter(previousWord.charAt(0))
                || Character.isUpperCase(previousWord.codePointAt(0)) || openers.contains(previous)
                || SPEECH.contains(previous) || previous.endsWith("ed")
                || previous.endsWith("s") && !previous.endsWith("ss") || ROLES.contains(previous)
                || GOES_ON.contains(previous) || endsAsRole(previous) || BEFORE_A_VERB.contains(twoBack)) {
            return false;
        }
        Matcher m = NAME_THEN_WORD.matcher(body).region(at, end);
        if (!m.lookingAt()) {
            return false;
        }
        String verb = m.group(2);
        List<String> name = words(m.group(1));
        String surname = Words.withoutPossessive(name.get(name.size() - 1));
        if (!FINITE.contains(verb) && !(verb.length() > 4 && verb.endsWith("ed")) || surname.length() < 3
                || openers.contains(surname.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : before) {
            if (Words.withoutPossessive(w).equals(surname)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAsRole(String word) {
        for (String ending : ROLE_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A capital, then small letters only ("However", not "HOWEVER" or "IT"). */
    private static boolean titleCase(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && word.substring(1).equals(word.substring(1)
                .toLowerCase(Locale.ROOT));
    }

    /**
     * A sentence adverb, which opens a sentence and never a name: a connective ("However, Tory Education Secretary
     * ...", "Meanwhile") or a word in -ally, -ously, -ently ... ("Officially named ...", "Incredibly, one ..."),
     * after a word that is not a stopword. An adverb in -ly also needs small words on both sides: in a title such as
     * "Raqqa is Being Slaughtered Silently" or "Massively Multiplayer Online" it is a name's. English.
     */
    private boolean opensWithAdverb(String word, String following, String previousWord, char first) {
        if (openers.isEmpty() || !Character.isLetter(first) || !titleCase(word)
                || openers.contains(previousWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (CONNECTIVES.contains(lower)) {
            return true;
        }
        if (Character.isUpperCase(previousWord.codePointAt(0)) || Character.isUpperCase(following.codePointAt(0))) {
            return false;
        }
        for (String ending : ADVERB_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() >= ending.length() + 3) {
                return true;
            }
        }
        return false;
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
        if (close.find()) {
            return words(body.substring(at + 1, close.start())).size() >= MIN_PIECE_WORDS;
        }
        // A quotation of several sentences: it runs to the end of this one, which ends with a stop, and no quote
        // mark closes in between ("... on the professional tour 'I've prepared well for this but it's not been
        // enough."); a title ends with a closing mark ("dubbed ‘The Great Escape’ next year.").
        return !ANY_CLOSE.matcher(body).region(at + 1, end).find() && !Boilerplate.isUnterminated(
                body.substring(at, end)) && words(body.substring(at + 1, end)).size() >= MIN_PIECE_WORDS;
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
