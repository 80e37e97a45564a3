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

/**
 * Keyphrase candidates of a document: noun phrases from part-of-speech tags (runs of adjectives and nouns that
 * end in a noun, at most {@value #MAX_WORDS} words) where a tagger exists for the language, else runs of
 * non-stopwords. Phrases are keyed by their lower-cased words; the surface form shown is the most frequent
 * one. Scoring (TF-IDF over the day's documents) is the caller's. Thread-safe.
 */
final class Keyphrases {

    static final int MAX_WORDS = 3;
    /** Sentences read per document: keyphrases of a news story are in its first part. */
    static final int MAX_SENTENCES = 40;

    private static final Set<String> GENERIC = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "year", "years", "week", "weeks", "day", "days",
            "month", "months", "time", "percent", "people", "mr", "ms", "mrs", "dr", "number", "part", "way",
            "lot", "thing", "things", "statement", "spokesperson", "spokesman", "spokeswoman", "told", "said");

    /** Occurrences of one phrase in one document, with its surface forms. */
    static final class Phrase {
        final String key;
        final int words;
        int count;
        final Map<String, Integer> forms = new TreeMap<>();

        Phrase(String key, int words) {
            this.key = key;
            this.words = words;
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

    private final TextTools tools;

    Keyphrases(TextTools tools) {
        this.tools = tools;
    }

    /** The candidate phrases of a document (title first, then the body's first sentences), by key. */
    Map<String, Phrase> extract(String title, String body, String language) {
        Map<String, Phrase> out = new HashMap<>();
        Set<String> stop = Stopwords.forLanguage(language);
        Abbreviations abbreviations = Abbreviations.forLanguage(language);
        List<String> units = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            units.add(title);
        }
        List<Sentence> sentences = tools.split(language, body);
        for (int i = 0; i < Math.min(MAX_SENTENCES, sentences.size()); i++) {
            units.add(sentences.get(i).of(body));
        }
        for (String unit : units) {
            String[] tokens = tools.tokenize(language, unit);
            String[] tags = tokens.length == 0 ? null : tools.tags(language, tokens);
            int start = -1;
            for (int k = 0; k <= tokens.length; k++) {
                boolean inside = k < tokens.length && word(tokens[k]) && !stop.contains(lower(tokens[k]))
                        && (tags == null ? !abbreviation(abbreviations, tokens, k) : nominal(tags[k]));
                if (inside && start < 0) {
                    start = k;
                } else if (!inside && start >= 0) {
                    add(out, tokens, tags, start, k);
                    start = -1;
                }
            }
        }
        return out;
    }

    private static void add(Map<String, Phrase> out, String[] tokens, String[] tags, int start, int end) {
        // A noun phrase must end in a noun: drop trailing adjectives.
        while (tags != null && end > start && !noun(tags[end - 1])) {
            end--;
        }
        if (end - start > MAX_WORDS) {
            start = end - MAX_WORDS;
        }
        while (start < end && GENERIC.contains(lower(tokens[start]))) {
            start++;
        }
        if (start >= end || GENERIC.contains(lower(tokens[end - 1]))) {
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
            // As written, except a capital that only opens the sentence.
            boolean proper = tags != null ? tags[k].startsWith("PROPN") || tags[k].startsWith("NNP") : k > 0;
            form.append(k == 0 && !proper ? lower(tokens[k]) : tokens[k]);
        }
        if (key.length() < 3) {
            return;
        }
        int words = end - start;
        Phrase p = out.computeIfAbsent(key.toString(), x -> new Phrase(x, words));
        p.count++;
        p.forms.merge(form.toString(), 1, Integer::sum);
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
