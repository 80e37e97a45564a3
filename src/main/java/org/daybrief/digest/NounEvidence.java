package org.daybrief.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which words of a document are nouns, for Romance languages that have no part-of-speech model here (French,
 * Spanish, Italian, Portuguese): a word that follows a determiner or the preposition "de" somewhere in the document
 * is a noun (or an adjective before one), as determiners open noun phrases; a verb never follows one ("la hausse",
 * "des tarifs", "d'eau", but "la ville annonce", "les habitants paieront"). Names are capitalised inside a sentence.
 * The determiners are the closed class of each language. Stateless and thread-safe.
 */
final class NounEvidence {

    private static final Map<String, Set<String>> DETERMINERS = Map.of(
            "fr", Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet",
                    "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma",
                    "mes", "chaque", "plusieurs"),
            "es", Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "su", "sus",
                    "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "cada", "nuestro", "nuestra"),
            "it", Set.of("il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "del", "dello", "della",
                    "dei", "degli", "delle", "di", "al", "allo", "alla", "ai", "agli", "alle", "suo", "sua", "suoi",
                    "sue", "questo", "questa", "ogni"),
            "pt", Set.of("o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "de", "no",
                    "na", "nos", "nas", "ao", "aos", "seu", "sua", "seus", "suas", "este", "esta", "cada"));

    /**
     * The preposition that joins a noun to its complement ("ligne de tramway", "grève des contrôleurs", "línea de
     * metro"), bare or merged with an article: a Romance noun phrase goes on across it where an English one would
     * put the complement first ("tram line").
     */
    private static final Map<String, Set<String>> LINKS = Map.of(
            "fr", Set.of("de", "des", "du", "d'", "d\u2019"),
            "es", Set.of("de", "del"),
            "it", Set.of("di", "del", "dello", "della", "dei", "degli", "delle"),
            "pt", Set.of("de", "do", "da", "dos", "das"));

    /** The links that are a bare preposition, without an article; elided forms as {@link #elided} gives them. */
    private static final Set<String> BARE = Set.of("de", "d", "di");

    private NounEvidence() {
    }

    /** The language's words that join a noun to a noun complement (none for languages outside the rule). */
    static Set<String> links(String language) {
        return LINKS.getOrDefault(language, Set.of());
    }

    /** Whether the rule is known for the language. */
    static boolean covers(String language) {
        return DETERMINERS.containsKey(language);
    }

    /** The lower-cased words of the document's sentences (as tokens) that follow a determiner. */
    static Set<String> nouns(String language, List<String[]> sentences) {
        return following(language, sentences, true);
    }

    /**
     * The words that follow an article or another determiner than a bare "de", "d'" or "di": an infinitive follows
     * those too ("de réduire", "de salir"), so only these words are nouns enough to be a complement.
     */
    static Set<String> articled(String language, List<String[]> sentences) {
        return following(language, sentences, false);
    }

    private static Set<String> following(String language, List<String[]> sentences, boolean bare) {
        Set<String> determiners = DETERMINERS.getOrDefault(language, Set.of());
        Set<String> out = new HashSet<>();
        for (String[] tokens : sentences) {
            for (int k = 1; k < tokens.length; k++) {
                // "d'eau" may come as "d'" "eau" or as "d" "'" "eau"
                int before = k >= 2 && apostrophe(tokens[k - 1]) ? k - 2 : k - 1;
                String determiner = elided(tokens[before]);
                if (determiners.contains(determiner) && (bare || !BARE.contains(determiner))) {
                    out.add(tokens[k].toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Whether token {@code k} can be part of a noun phrase: a noun by the evidence, or a name. */
    static boolean nominal(Set<String> nouns, String[] tokens, int k) {
        return nouns.contains(tokens[k].toLowerCase(Locale.ROOT))
                || k > 0 && Character.isUpperCase(tokens[k].charAt(0));
    }

    /**
     * Whether token {@code k} is a noun a link may join to the noun before it: one that follows an article
     * ({@link #articled}), written in lower case ("de tramway"; "maire de Bordeaux" is a role and a name).
     */
    static boolean complement(Set<String> articled, String[] tokens, int k) {
        return Character.isLowerCase(tokens[k].charAt(0)) && articled.contains(tokens[k].toLowerCase(Locale.ROOT));
    }

    private static boolean apostrophe(String token) {
        return token.equals("'") || token.equals("\u2019");
    }

    /** "l'" and "d'" as "l" and "d", whatever the apostrophe. */
    private static String elided(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.endsWith("'") || t.endsWith("\u2019") ? t.substring(0, t.length() - 1) : t;
    }
}
