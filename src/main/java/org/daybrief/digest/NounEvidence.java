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

    private NounEvidence() {
    }

    /** Whether the rule is known for the language. */
    static boolean covers(String language) {
        return DETERMINERS.containsKey(language);
    }

    /** The lower-cased words of the document's sentences (as tokens) that follow a determiner. */
    static Set<String> nouns(String language, List<String[]> sentences) {
        Set<String> determiners = DETERMINERS.getOrDefault(language, Set.of());
        Set<String> out = new HashSet<>();
        for (String[] tokens : sentences) {
            for (int k = 1; k < tokens.length; k++) {
                // "d'eau" may come as "d'" "eau" or as "d" "'" "eau"
                int before = k >= 2 && apostrophe(tokens[k - 1]) ? k - 2 : k - 1;
                if (determiners.contains(elided(tokens[before]))) {
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

    private static boolean apostrophe(String token) {
        return token.equals("'") || token.equals("\u2019");
    }

    /** "l'" and "d'" as "l" and "d", whatever the apostrophe. */
    private static String elided(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.endsWith("'") || t.endsWith("\u2019") ? t.substring(0, t.length() - 1) : t;
    }
}
