package org.daybrief.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.daybrief.text.Abbreviations;
import org.daybrief.text.Sentence;
import org.daybrief.text.Stopwords;
import org.daybrief.text.Words;

/**
 * Keyphrase candidates of a document: noun phrases from part-of-speech tags (runs of adjectives and nouns that
 * end in a noun, at most {@value #MAX_WORDS} words) where a tagger exists for the language, else runs of
 * non-stopwords. Phrases are keyed by their lower-cased words; the surface form shown is the most frequent
 * one; {@link Day} scores them per story. Thread-safe.
 */
final class Keyphrases {

    static final int MAX_WORDS = 3;
    /** Words of a phrase that is all name ("Federal Emergency Management Agency"). */
    static final int MAX_NAME_WORDS = 4;
    /** Sentences read per document: keyphrases of a news story are in its first part. */
    static final int MAX_SENTENCES = 40;
    /** Letters and digits of a body line that repeats the title (or its start) and is read as the title. */
    static final int MIN_HEADLINE = 12;

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    /**
     * A complement to the signals of {@link Day}: nouns of time, place and reporting that every story uses, per
     * language;
     * the names of months and days come from {@link java.time} for any language.
     */
    private static final Map<String, Set<String>> GENERIC = Map.of(
            "en", Set.of("year", "years", "week", "weeks", "day", "days", "month", "months", "time", "percent",
                    "people", "mr", "ms", "mrs", "dr", "number", "part", "way", "lot", "thing", "things", "statement",
                    "spokesperson", "spokesman", "spokeswoman", "told", "said", "officials", "news", "report", "town",
                    "city"),
            "de", Set.of("jahr", "jahre", "jahren", "woche", "wochen", "tag", "tage", "tagen", "monat", "monate",
                    "zeit", "prozent", "menschen", "leute", "angaben", "sprecher", "sprecherin", "teil", "uhr"),
            "fr", Set.of("an", "ans", "année", "années", "semaine", "semaines", "jour", "jours", "mois", "temps",
                    "personnes", "gens", "selon", "porte-parole", "partie", "fois", "heure", "heures"));
    /**
     * Articles that only mark a genitive, joining a noun to its complement as a French "de" does ("Neubau des
     * Hallenbads"); German "der" is a dative and a nominative too ("gab der Stadt"), so it is no sign.
     */
    private static final Map<String, Set<String>> GENITIVES = Map.of("de", Set.of("des"));
    private static final Map<String, Set<String>> GENERIC_WITH_CALENDAR = new java.util.concurrent.ConcurrentHashMap<>();


    /** Occurrences of one phrase in one document, with its surface forms. */
    static final class Phrase {
        final String key;
        final int words;
        int count;
        /** Occurrences as a name (all proper nouns): "Angela Ortiz", "Westgate Medical Center". */
        int named;
        /** Occurrences next to a number: a unit, a count or a label ("tons", "feet", "Prozent", "Room 4"). */
        int counted;
        /**
         * Lower-case adjectives that open every occurrence ("annual" of "annual flu vaccine", "old" of "old Areej
         * Ali"): said once, they describe rather than name, and the phrase counts as the rest.
         */
        int modifiers = Integer.MAX_VALUE;
        /** Whether a single word is one of the document's title words (as index terms). */
        boolean titled;
        final Map<String, Integer> forms = new TreeMap<>();

        Phrase(String key, int words) {
            this.key = key;
            this.words = words;
        }

        void add(Phrase other) {
            count += other.count;
            counted += other.counted;
            named += other.named;
            modifiers = Math.min(modifiers, other.modifiers);
            titled |= other.titled;
            other.forms.forEach((f, c) -> forms.merge(f, c, Integer::sum));
        }

        /** Whether most occurrences count, measure or number something ("12 feet", "850 jobs", "Room 4"). */
        boolean measure() {
            return 2 * counted >= count;
        }

        /** Whether it is mostly written as a name. */
        boolean name() {
            return 2 * named > count;
        }

        /** The phrase without its first {@code drop} words, with the same counts. */
        Phrase without(int drop) {
            Phrase out = new Phrase(key.substring(nthSpace(key, drop) + 1), words - drop);
            out.count = count;
            out.counted = counted;
            out.named = named;
            out.modifiers = 0;
            out.titled = titled;
            forms.forEach((f, c) -> out.forms.merge(f.substring(nthSpace(f, drop) + 1), c, Integer::sum));
            return out;
        }

        private static int nthSpace(String s, int n) {
            int at = -1;
            for (int i = 0; i < n; i++) {
                at = s.indexOf(' ', at + 1);
            }
            return at;
        }

        String surface() {
            String best = key;
            int n = -1;
            for (Map.Entry<String, Integer> e : forms.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }
    }

    /**
     * How specific a word is to one story, in (0, 1]: 1 for a word no other story uses, less the more documents of
     * other stories (today's and the history's) use it.
     */
    @FunctionalInterface
    interface Specificity {
        /** @param story the story's documents, as indexes into the {@link Day}'s */
        double of(String word, String language, List<Integer> story);
    }

    /**
     * The phrases of the documents a digest shows, scored per story: TF-IDF over those documents, times the
     * phrase's specificity (that of its most specific word, from the document frequency over the other stories of
     * the day and the job's history: "town" and "officials" are in many stories, "tram" and "runway" in one), times
     * a length bonus (a longer noun phrase names its subject better); a single noun that heads several of the
     * story's phrases is their genus and counts less ({@code 1 / (1 + 0.5 phrases)}). A phrase that mostly stands next to a number is a
     * unit, a count or a label ("1.1 million tons", "12 feet", "8 Prozent", "Room 4") and never a keyphrase.
     */
    static final class Day {
        private final List<Map<String, Phrase>> documents;
        private final List<String> languages;
        private final Specificity specificity;
        private final Map<String, Integer> df = new HashMap<>();
        private final GenericNouns generic;
        private final Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** @param documents each document's phrases ({@link #extract}), in the order stories refer to them */
        Day(List<Map<String, Phrase>> documents, List<String> languages, Specificity specificity) {
            this.documents = documents;
            this.languages = languages;
            this.specificity = specificity;
            documents.forEach(d -> d.keySet().forEach(key -> df.merge(key, 1, Integer::sum)));
            generic = new GenericNouns(documents);
        }

        /** The phrase scores of a story of the given documents (indexes into this day's), by surface form. */
        Map<String, Double> storyScores(List<Integer> members) {
            int n = Math.max(1, documents.size());
            Map<String, Phrase> merged = new TreeMap<>();
            Map<String, String> language = new HashMap<>();
            for (int m : members) {
                for (Phrase p : documents.get(m).values()) {
                    merged.computeIfAbsent(p.key, k -> new Phrase(k, p.words)).add(p);
                    language.putIfAbsent(p.key, languages.get(m));
                }
            }
            // The words of the story's longer phrases that are not names ("flood" of "flood wall", "plant" of
            // "Solara chip plant"): a noun that is part of one names a concrete thing of the story.
            Set<String> compounded = new java.util.HashSet<>();
            for (Phrase p : merged.values()) {
                if (p.words > 1 && !p.name()) {
                    compounded.addAll(List.of(p.key.split(" ")));
                }
            }
            Map<String, Integer> phraseDf = new HashMap<>();
            for (Phrase p : List.copyOf(merged.values())) {
                phraseDf.merge(p.key, df.getOrDefault(p.key, 1), Math::max);
                if (p.modifiers > 0 && p.modifiers < p.words && p.count < 2) {
                    // Said once, "annual flu vaccine" is the flu vaccine described: it counts as "flu vaccine".
                    Phrase rest = p.without(p.modifiers);
                    merged.remove(p.key);
                    merged.computeIfAbsent(rest.key, k -> new Phrase(k, rest.words)).add(rest);
                    language.putIfAbsent(rest.key, language.get(p.key));
                    phraseDf.merge(rest.key, df.getOrDefault(p.key, 1), Math::max);
                }
            }
            // A noun that heads several of the story's phrases is their genus ("system" of "traffic system" and
            // "camera system"): the phrases name the subject better than it does.
            Map<String, Integer> heads = new HashMap<>();
            for (Phrase p : merged.values()) {
                if (p.words > 1) {
                    heads.merge(p.key.substring(p.key.lastIndexOf(' ') + 1), 1, Integer::sum);
                }
            }
            Map<String, Double> scores = new TreeMap<>();
            for (Phrase p : merged.values()) {
                if (p.measure()) {
                    continue;
                }
                if (p.name()) {
                    names.add(p.surface());
                }
                double idf = Math.log((n + 1.0) / phraseDf.getOrDefault(p.key, 1)) + 0.1;
                double lengthBoost = 1 + 0.25 * (p.words - 1);
                // A phrase seen once is weak evidence (often a headline's wording): it counts a third.
                double tfWeight = p.count >= 2 ? p.count : 0.33;
                double specific = 0;
                for (String w : p.key.split(" ")) {
                    specific = Math.max(specific, specificity.of(w, language.get(p.key), members));
                }
                double genus = p.words > 1 || p.name() ? 1
                        : generic.weight(p.key, p.titled || compounded.contains(p.key)) / (1 + 0.5 * heads.getOrDefault(p.key, 0));
                scores.merge(p.surface(), round(Math.sqrt(tfWeight) * idf * lengthBoost * specific * genus),
                        Math::max);
            }
            return scores;
        }

        /** Whether a phrase of a story scored so far is a name rather than a subject ("Angela Ortiz", "Solara"). */
        boolean name(String surface) {
            return names.contains(surface);
        }
    }

    /** The best phrases by score (ties alphabetical), skipping one that repeats words of a better one. */
    static List<String> top(Map<String, Double> scores, int k) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : entries) {
            if (out.size() >= k) {
                break;
            }
            String key = lower(e.getKey());
            boolean overlaps = out.stream().map(Keyphrases::lower)
                    .anyMatch(o -> containsWords(o, key) || containsWords(key, o));
            if (!overlaps) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private final TextTools tools;

    Keyphrases(TextTools tools) {
        this.tools = tools;
    }

    /**
     * The candidate phrases of a document (the body's first sentences, and the title's phrases that the body uses
     * too), by key. A headline is telegraphic ("Strike strands dozens"): its verbs are tagged as nouns, so a phrase
     * found only there is no keyphrase.
     */
    Map<String, Phrase> extract(String title, String body, String language) {
        Map<String, Phrase> out = new HashMap<>();
        String titleKey = title == null ? "" : Words.key(title);
        List<Sentence> sentences = tools.split(language, body);
        List<String> texts = new ArrayList<>();
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_SENTENCES, sentences.size()); i++) {
            String unit = sentences.get(i).of(body);
            // The headline again as the body's first line (an HTML h1, a text file's first line) is the title.
            String key = Words.key(unit);
            if (!(key.length() >= MIN_HEADLINE && titleKey.startsWith(key))) {
                texts.add(unit);
                units.add(tools.tokenize(language, unit));
            }
        }
        String[] titleTokens = title == null || title.isBlank() ? new String[0] : tools.tokenize(language, title);
        Set<String> nouns = null;
        Set<String> articled = null;
        if (NounEvidence.covers(language) && tools.tags(language, new String[] {"x"}) == null) {
            List<String[]> all = new ArrayList<>(units);
            all.add(titleTokens);
            nouns = NounEvidence.nouns(language, all);
            articled = NounEvidence.articled(language, all);
        }
        for (int u = 0; u < units.size(); u++) {
            addPhrases(out, texts.get(u), units.get(u), language, nouns, articled, true);
        }
        if (titleTokens.length > 0) {
            Map<String, Phrase> fromTitle = new HashMap<>();
            addPhrases(fromTitle, title, titleTokens, language, nouns, articled, false);
            fromTitle.values().stream().filter(p -> out.containsKey(p.key))
                    .forEach(p -> out.get(p.key).add(p));
            // The title's words, as index terms: a single noun the headline names is the story's subject.
            Set<String> titleTerms = new java.util.HashSet<>(tools.analyzer(language).terms(title));
            for (Phrase p : out.values()) {
                List<String> terms = p.words == 1 ? tools.analyzer(language).terms(p.key) : List.of();
                p.titled = !terms.isEmpty() && titleTerms.containsAll(terms);
            }
        }
        return out;
    }

    /**
     * @param text  the sentence the tokens come from, to tell a hyphenated word ("hip-hop", "Ross-shire") from a
     *              dash between words
     * @param nouns without a tagger, the words known to be nouns ({@link NounEvidence}), or null
     * @param articled without a tagger, the nouns that follow an article ({@link NounEvidence#articled}), or null
     * @param body  whether the text is a unit of the body, where a line without a verb is no sentence
     */
    private void addPhrases(Map<String, Phrase> out, String text, String[] pieces, String language,
            Set<String> nouns, Set<String> articled, boolean body) {
        Set<String> stop = Stopwords.forLanguage(language);
        Abbreviations abbreviations = Abbreviations.forLanguage(language);
        Set<String> generic = generic(language);
        String[] pieceTags = pieces.length == 0 ? null : tools.tags(language, pieces);
        if (body && pieceTags != null && java.util.Arrays.stream(pieceTags).noneMatch(Keyphrases::verb)) {
            // A body line without a verb is a byline, a dateline, the source's name or a caption label ("By Howard
            // Klein, Culture Editor", "Northern Wire"), not what the story is about.
            return;
        }
        Hyphenated joined = Hyphenated.join(text, pieces, pieceTags);
        String[] tokens = joined.tokens();
        String[] tags = joined.tags();
        String[] words = new String[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            words[k] = Words.withoutPossessive(tokens[k]);
        }
        boolean capitals = capitalNouns(tokens, tags);
        Set<String> links = nouns != null ? NounEvidence.links(language)
                : tags != null ? GENITIVES.getOrDefault(language, Set.of()) : Set.of();
        int start = -1;
        for (int k = 0; k <= words.length; k++) {
            boolean inside = k < words.length && word(words[k]) && !stop.contains(lower(words[k]))
                    && !abbreviation(abbreviations, tokens, k) && (tags == null || nominal(tags[k]))
                    && (nouns == null || NounEvidence.nominal(nouns, words, k));
            if (!inside && start >= 0 && k + 1 < words.length && links.contains(lower(words[k]))
                    && !stop.contains(lower(words[k + 1])) && (nouns != null
                            ? NounEvidence.complement(articled, words, k + 1) : noun(tags[k + 1]))) {
                // "ligne de tramway", "Neubau des Hallenbads": the phrase goes on across the link to its complement
                continue;
            }
            if (inside && start >= 0 && properBoundary(words, tags, k)) {
                // A role and a name are two phrases: "director" and "Marta Lindgren".
                add(out, words, tags, start, k, generic, links, capitals);
                start = k;
            }
            if (inside && start < 0) {
                start = k;
            }
            if (start >= 0 && !inside) {
                add(out, words, tags, start, k, generic, links, capitals);
                start = -1;
            } else if (start >= 0 && !words[k].equals(tokens[k])) {
                // A possessive ends its phrase: "the museum's collection" is "museum" and "collection".
                add(out, words, tags, start, k + 1, generic, links, capitals);
                start = -1;
            }
        }
    }

    /** The generic nouns of a language: its {@link #GENERIC} list, if any, and its calendar's names. */
    static Set<String> generic(String language) {
        return GENERIC_WITH_CALENDAR.computeIfAbsent(language == null ? "" : language, l -> {
            Set<String> out = new java.util.HashSet<>(GENERIC.getOrDefault(l, Set.of()));
            Locale locale = l.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(l);
            for (java.time.Month m : java.time.Month.values()) {
                out.add(lower(m.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale)));
                out.add(lower(m.getDisplayName(java.time.format.TextStyle.FULL, locale)));
            }
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                out.add(lower(d.getDisplayName(java.time.format.TextStyle.FULL, locale)));
            }
            return Set.copyOf(out);
        });
    }

    /**
     * @param links    the words that may join a noun to its complement inside a phrase ("de"), not counted as words
     * @param capitals whether the sentence writes its common nouns with a capital, as German does
     */
    private static void add(Map<String, Phrase> out, String[] tokens, String[] tags, int start, int end,
            Set<String> generic, Set<String> links, boolean capitals) {
        boolean counted = start > 0 && number(tokens[start - 1], tags == null ? null : tags[start - 1])
                && !price(tokens, tags, start - 1)
                || end < tokens.length && number(tokens[end], tags == null ? null : tags[end]);
        // A noun phrase must end in a noun: drop trailing adjectives.
        while (tags != null && end > start && !noun(tags[end - 1])) {
            end--;
        }
        // "Sprecher des Landes" without its generic noun is "Landes", not "des Landes"
        while (start < end && (generic.contains(lower(tokens[start])) || links.contains(lower(tokens[start])))) {
            start++;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (links.contains(lower(tokens[k])) && generic.contains(lower(tokens[k - 1]))) {
                // a generic head with its complement is the complement: "ersten Tag des Bahnstreiks", "Bahnstreiks"
                start = k + 1;
            }
        }
        int joined = 0;
        for (int k = start; k < end; k++) {
            joined += links.contains(lower(tokens[k])) ? 1 : 0;
        }
        int words = end - start - joined;
        if (words > MAX_WORDS && !(words <= MAX_NAME_WORDS && allNames(tokens, tags, start, end))) {
            // Too long for one phrase: a name and the nouns beside it are two ("New York City" and "hip-hop
            // duo"); a piece still too long is no phrase (its last words alone would be a fragment: "York City").
            int cut = nameEdge(tokens, tags, start, end);
            if (cut > start) {
                add(out, tokens, tags, start, cut, generic, links, capitals);
                add(out, tokens, tags, cut, end, generic, links, capitals);
            }
            return;
        }
        if (start >= end || generic.contains(lower(tokens[end - 1]))) {
            return;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder form = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start) {
                key.append(' ');
                form.append(' ');
            }
            key.append(lower(tokens[k]));
            // As written, except a capital that only opens the sentence (a German noun has its own).
            boolean proper = tags != null ? tags[k].startsWith("PROPN") || tags[k].startsWith("NNP")
                    || capitals && noun(tags[k]) : k > 0;
            form.append(k == 0 && !proper ? lower(tokens[k]) : tokens[k]);
        }
        if (key.length() < 3) {
            return;
        }
        Phrase p = out.computeIfAbsent(key.toString(), x -> new Phrase(x, words));
        p.count++;
        p.counted += counted ? 1 : 0;
        int head = start;
        while (head < end && !links.contains(lower(tokens[head]))) {
            head++;
        }
        // the head of "Neubau des Hallenbads" is "Neubau", whatever the tagger calls its complement
        p.named += name(tokens, tags, start, head) ? 1 : 0;
        p.forms.merge(form.toString(), 1, Integer::sum);
        int modifiers = 0;
        while (tags != null && start + modifiers < end - 1 && adjective(tags[start + modifiers])
                && Character.isLowerCase(tokens[start + modifiers].charAt(0))) {
            modifiers++;
        }
        p.modifiers = Math.min(p.modifiers, modifiers);
    }

    /**
     * Whether the sentence's common nouns after its first word are mostly capitalised ("Verkehrsminister Volker
     * Wissing forderte beide Seiten auf"): then a noun that opens it keeps its capital too. Read from the sentence,
     * not from a list of languages.
     */
    private static boolean capitalNouns(String[] tokens, String[] tags) {
        if (tags == null) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        for (int k = 1; k < tokens.length; k++) {
            if (noun(tags[k]) && !proper(tags[k])) {
                if (Character.isUpperCase(tokens[k].charAt(0))) {
                    upper++;
                } else {
                    lower++;
                }
            }
        }
        return upper > lower;
    }

    /** Whether every word of the phrase is part of a name (without tags: capitalised inside the sentence). */
    private static boolean allNames(String[] tokens, String[] tags, int start, int end) {
        if (tags == null) {
            return name(tokens, null, start, end);
        }
        for (int k = start; k < end; k++) {
            if (!nameWord(tokens, tags, k)) {
                return false;
            }
        }
        return true;
    }

    /** The last place inside the phrase where a name meets other words, or -1. */
    private static int nameEdge(String[] tokens, String[] tags, int start, int end) {
        if (tags == null) {
            return -1;
        }
        for (int k = end - 1; k > start; k--) {
            if (nameWord(tokens, tags, k) != nameWord(tokens, tags, k - 1)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code k} is part of a name: a proper noun, or a capitalised word inside the sentence next to
     * one, which the tagger took for an adjective or a common noun ("New" of "New York", "Mobb" of "Mobb Deep").
     */
    private static boolean nameWord(String[] tokens, String[] tags, int k) {
        if (proper(tags[k])) {
            return true;
        }
        return k > 0 && Character.isUpperCase(tokens[k].charAt(0)) && nominal(tags[k])
                && (proper(tags[k - 1]) || k + 1 < tags.length && proper(tags[k + 1]));
    }

    /** A verb or an auxiliary, in UD or Penn Treebank tags. */
    private static boolean verb(String tag) {
        return tag.startsWith("VERB") || tag.startsWith("AUX") || tag.startsWith("VB") || tag.equals("MD");
    }

    private static boolean adjective(String tag) {
        return tag.startsWith("ADJ") || tag.startsWith("JJ");
    }

    /**
     * Whether the phrase is a name: its head (last word) a proper noun by the tags ("Director Samuel Park"); without
     * tags, capitalised words inside a sentence.
     */
    private static boolean name(String[] tokens, String[] tags, int start, int end) {
        if (tags != null) {
            return proper(tags[end - 1]);
        }
        for (int k = start; k < end; k++) {
            if (k == 0 || !Character.isUpperCase(tokens[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A figure, or a number word where a tagger says so ("million" in "1.1 million tons"); not a year, which dates
     * its noun ("the 2026 budget") rather than counting it.
     */
    private static boolean number(String token, String tag) {
        // A year and a measure start with a digit: only such tokens are matched against the pattern.
        boolean figure = Character.isDigit(token.charAt(0));
        if (figure && (YEAR.matcher(token).matches() || measureWord(token))) {
            return false;
        }
        return figure || tag != null && (tag.startsWith("NUM") || tag.equals("CD"));
    }

    /**
     * Whether a figure joined to a word describes its noun rather than counting it: "a 1.8-mile flood wall", "the
     * 10,200-foot runway" (one wall, one runway; "12 feet" counts feet).
     */
    private static boolean measureWord(String token) {
        return Character.isDigit(token.charAt(0)) && token.indexOf('-') > 0
                && token.chars().anyMatch(Character::isLetter);
    }

    /**
     * Whether the figure ending at token {@code k} is an amount of money ("$48 million", "£2 billion"): a price of
     * the noun after it ("a $48 million flood wall"), not a count of it.
     */
    private static boolean price(String[] tokens, String[] tags, int k) {
        int at = k;
        while (at >= 0 && number(tokens[at], tags == null ? null : tags[at])) {
            at--;
        }
        return at >= 0 && at < k
                && tokens[at].codePoints().allMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
    }

    /**
     * Whether token {@code k} is a listed abbreviation followed by its full stop ("prof", "." in "prof. Nowak"):
     * without tags nothing else tells it from a word, and "directora del museo prof" is no keyphrase.
     */
    private static boolean abbreviation(Abbreviations abbreviations, String[] tokens, int k) {
        return k + 1 < tokens.length && tokens[k + 1].equals(".") && abbreviations.lists(lower(tokens[k]));
    }

    private static boolean word(String t) {
        if (t.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c != '-' && c != '\'') {
                return false;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether a common noun written in lower case (a role: "director", "architecture firm") meets a name at token
     * {@code k}. Inside a name the nouns are capitalised ("Brightwater Steel", and every German noun).
     */
    private static boolean properBoundary(String[] tokens, String[] tags, int k) {
        if (tags == null || k == 0) {
            return false;
        }
        return !nameWord(tokens, tags, k - 1) && noun(tags[k - 1]) && nameWord(tokens, tags, k)
                && Character.isLowerCase(tokens[k - 1].charAt(0));
    }

    private static boolean proper(String tag) {
        return tag.startsWith("PROPN") || tag.startsWith("NNP") || tag.startsWith("NE");
    }

    private static boolean nominal(String tag) {
        return noun(tag) || tag.startsWith("ADJ") || tag.startsWith("JJ");
    }

    private static boolean noun(String tag) {
        return tag.startsWith("NOUN") || tag.startsWith("PROPN") || tag.startsWith("NN");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
