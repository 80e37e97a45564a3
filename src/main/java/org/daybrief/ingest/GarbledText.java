package org.daybrief.ingest;

/**
 * Tells language from bytes read as characters: a binary file decoded as text (random bytes in a {@code .txt},
 * a broken font's glyph codes) gives characters that no writing system puts together.
 *
 * <p>Four measures over the visible characters (not white space; control characters and U+FFFD are passed over,
 * as the text loses them before it is summarised), each far from what any language gives:
 * <ul>
 *   <li>characters that never stand in text: unassigned code points, private use, lone surrogates;</li>
 *   <li>word characters ({@link Character#isLetterOrDigit}, and the combining marks of Indic, Arabic or Thai
 *       script): "mostly words" is at least half;</li>
 *   <li>script changes between two adjacent letters: random bytes read in a Cyrillic, Greek, Arabic or CJK
 *       charset put Latin letters (the ASCII bytes) next to that script's at every other letter; real text
 *       changes script at word boundaries, not inside words. Han, kana and Hangul count as one script
 *       (Japanese mixes them inside words), and letters of no particular script (common, inherited) as none;</li>
 *   <li>a capital right after a small letter: random Latin letters do it at every fourth pair, prose almost
 *       never, code in its camelCase names now and then.</li>
 * </ul>
 * Random bytes in nineteen charsets give over 12% of the first kind (UTF-16), or over 44% of the third (other
 * non-Latin charsets) or over 22% of the fourth (Latin ones); the seeds, the five evaluation sets (3,127
 * documents), gnupg's help in 28 languages, rust-by-example's Japanese, Korean and Spanish pages, news sentences in
 * sixteen scripts and the text of the hostile test corpus's odd encodings (UTF-16 and UTF-32 without a byte-order
 * mark, invalid UTF-8, NUL bytes between letters) none, at least 65% of the second, at most 4% of the third and
 * at most 6% of the fourth ({@code GarbledTextTest}). Short texts (under {@value #MIN_CHARS} visible characters)
 * are never called garbled: too little to tell. Stateless and thread-safe.
 */
public final class GarbledText {

    static final int MIN_CHARS = 40;
    /** Adjacent letter pairs needed before their changes of script or case say anything. */
    static final int MIN_PAIRS = 20;
    /** Characters that never stand in text, at most this share of the visible ones. */
    static final double MAX_INVALID = 0.05;
    /** Word characters, at least this share of the visible ones ("mostly words"). */
    static final double MIN_WORD = 0.5;
    /** Characters looked at: enough to judge, and a document of good text with a tail of junk is still read. */
    static final int SAMPLE_CHARS = 100_000;
    /** Script changes between adjacent letters, at most this share of adjacent letter pairs. */
    static final double MAX_SCRIPT_CHANGES = 0.15;
    /** A capital right after a small letter, at most this share of adjacent letter pairs. */
    static final double MAX_CASE_CHANGES = 0.15;

    private GarbledText() {
    }

    /** The counts behind the verdict, for tests and tuning. */
    record Measure(int visible, int invalid, int word, int letterPairs, int scriptChanges, int caseChanges) {

        double invalidShare() {
            return visible == 0 ? 0 : (double) invalid / visible;
        }

        double wordShare() {
            return visible == 0 ? 1 : (double) word / visible;
        }

        double scriptChangeShare() {
            return letterPairs < MIN_PAIRS ? 0 : (double) scriptChanges / letterPairs;
        }

        double caseChangeShare() {
            return letterPairs < MIN_PAIRS ? 0 : (double) caseChanges / letterPairs;
        }

        boolean garbled() {
            return visible >= MIN_CHARS && (invalidShare() > MAX_INVALID || wordShare() < MIN_WORD
                    || scriptChangeShare() > MAX_SCRIPT_CHANGES || caseChangeShare() > MAX_CASE_CHANGES);
        }
    }

    /** True when the text reads as bytes decoded as characters rather than as language. */
    public static boolean isGarbled(String text) {
        return measure(text).garbled();
    }

    static Measure measure(String text) {
        int visible = 0;
        int invalid = 0;
        int word = 0;
        int pairs = 0;
        int changes = 0;
        int caseChanges = 0;
        boolean previousLower = false;
        int previousScript = -1; // the script group of the letter just before, or -1 after a non-letter
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) { // ASCII, most of most texts, without lookups
                if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
                    previousScript = -1;
                    continue;
                }
                if (cp < ' ' || cp == 0x7F) {
                    continue; // removed before summarising ("\0E\0n" is UTF-16 read byte by byte): as if not there
                }
                visible++;
                boolean letter = cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
                if (letter || cp >= '0' && cp <= '9') {
                    word++;
                }
                if (letter) {
                    if (previousScript >= 0) {
                        pairs++;
                        if (previousScript != LATIN) {
                            changes++;
                        }
                        if (previousLower && cp <= 'Z') {
                            caseChanges++;
                        }
                    }
                    previousScript = LATIN;
                    previousLower = cp >= 'a';
                } else {
                    previousScript = -1;
                }
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || cp == 0xFFFD) {
                continue; // removed before summarising, as above
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                previousScript = -1;
                continue;
            }
            visible++;
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                invalid++;
                previousScript = -1;
                continue;
            }
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (Character.isLetterOrDigit(cp) || mark) {
                word++;
            }
            if (Character.isLetter(cp)) {
                int script = scriptGroup(cp);
                if (script >= 0) {
                    if (previousScript >= 0) {
                        pairs++;
                        if (previousScript != script) {
                            changes++;
                        }
                        if (previousLower && Character.isUpperCase(cp)) {
                            caseChanges++;
                        }
                    }
                    previousScript = script;
                    previousLower = Character.isLowerCase(cp);
                }
            } else if (!mark && type != Character.FORMAT) { // marks and joiners belong to the letter before
                previousScript = -1;
            }
        }
        return new Measure(visible, invalid, word, pairs, changes, caseChanges);
    }

    private static final int LATIN = Character.UnicodeScript.LATIN.ordinal();
    private static final int EAST_ASIAN = Character.UnicodeScript.HAN.ordinal();

    /** The letter's script, with the East Asian ones as one; -1 for letters of no particular script. */
    private static int scriptGroup(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case COMMON, INHERITED, UNKNOWN -> -1;
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> EAST_ASIAN;
            default -> script.ordinal();
        };
    }
}
