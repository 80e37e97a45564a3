package org.daybrief.summarize;

import java.util.regex.Pattern;
import org.daybrief.text.Words;

/**
 * Sentences that must never be chosen: bylines ("By Jane Doe, Staff Reporter"), "Published: … Updated: …"
 * stamps, dateline-only lines, photo captions and credits, cookie/consent,
 * newsletter and advertisement banners ("We use cookies to improve your experience."), calls to action ("click here", "sign up for our
 * newsletter", "read more"), front-matter lines ({@code date 2025-09-22}, {@code source: Reuters}), short
 * lines without final punctuation (subheadings), the title itself, and a stray piece of a quotation that does not
 * say who speaks ({@link QuoteFragments}). Patterns are compiled once; stateless and thread-safe.
 */
public final class Boilerplate {

    private static final Pattern BYLINE = Pattern.compile("^(?i:by|von|par)\\s+\\p{Lu}[\\p{L}.'’-]*.*");
    private static final Pattern LOWER_BYLINE = Pattern.compile("^by\\s+[\\p{L}.'’-]+(\\s+[\\p{L}.'’-]+){0,3}"
            + "(\\s*(,|and|\\||for)\\s*.*)?$");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)\\b(published|updated|last updated|last modified|posted)\\s*:|\\|\\s*updated\\b");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(photo|image|picture|pictured|caption|file photo|"
            + "video|watch|graphic|illustration)\\s*[:|/-]|\\((photo|image|picture)s?\\b[^)]*\\)\\s*$|"
            + "\\b(getty images|ap photo|afp photo|reuters/|afp/|/getty|/afp|/ap\\b|click to enlarge|"
            + "scroll down for video)");
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\bclick here\\b|\\bsign up (for|to) "
            + "(our|the|a) .*\\b(newsletter|email|alerts|updates)\\b|\\bsign up (now|here|today)\\b|"
            + "^\\W*read more\\b|\\bread more\\W*$|\\ball rights reserved\\b|©|\\bfollow (us|@)|"
            + "\\bshare this (article|story|page)\\b|^\\W*advertisement\\W*$|\\bsubscribe (now|today|here)\\b|"
            + "\\b(cookie|cookies) policy\\b|\\bterms of (use|service)\\b");
    /** Cookie and consent banners, newsletter and subscription prompts, advertisement labels of web pages. */
    private static final Pattern BANNER = Pattern.compile("(?i)\\b(we|this (web)?site|our (web)?site|this page)"
            + " uses? cookies\\b|\\b(accept|reject|allow|manage) (all )?cookies\\b|\\bcookies? (settings|preferences|"
            + "consent|banner|notice)\\b|\\b(by (continuing|using|browsing)|if you continue)\\b.*\\b(cookies|privacy "
            + "policy)\\b|\\b(manage|update) (your )?(privacy|consent) (settings|preferences|choices)\\b|"
            + "\\b(subscribe|sign up|signup|register) (to|for) (our|the|my)\\b.*\\bnewsletters?\\b|"
            + "\\b(get|receive) (our|the) .*\\bnewsletters?\\b.*\\b(inbox|email)\\b|\\bnewsletter sign[- ]?up\\b|"
            + "\\bsubscribe (now )?to (continue|keep) reading\\b|\\balready a subscriber\\b|"
            + "^\\W*(advertisement|advertising|anzeige|publicité|sponsored( content)?)\\W*$|\\bskip (this )?"
            + "advertisement\\b|\\b(story|article) continues below( (the )?(advertisement|advert|ad))?\\b|"
            + "\\bwir (verwenden|nutzen) cookies\\b|\\bnous utilisons des cookies\\b");
    private static final Pattern FRONT_MATTER = Pattern.compile("(?i)^(date|title|source|url|author)\\s*:.*|"
            + "(?i)^date\\s+\\d{4}-\\d{1,2}-\\d{1,2}.*|(?i)^url\\s+\\S+$|(?i)^(source|author|title)\\s+[^.!?]*$");
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\s.,'’-]{2,}(\\([^)]*\\))?\\s*[-–—:]*$|"
            + "^\\W*(\\p{L}+day,?\\s+)?(\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}),?\\s+\\d{4}\\W*$|"
            + "^\\d{4}-\\d{2}-\\d{2}([ T][\\d:]+)?\\W*$");

    /*
     * Every match of a pattern contains (lower-cased) one of its triggers; a sentence with none of them cannot match
     * and skips the pattern. The regexes are most of the cost of summarising a plain news article, and common words
     * ("updated", "video", "following") would otherwise send a sentence through all four. A trigger may only be
     * weakened, never made stricter than its pattern: BoilerplateTest checks isBanner against the bare patterns.
     */
    static final String[] STAMP_TRIGGERS = {"published", "updated", "modified", "posted"};
    /** CAPTION's labels only count at the start ("Video: ..."), its other branches anywhere. */
    static final String[] CAPTION_LABELS = {"photo", "image", "picture", "caption", "file photo", "video", "watch",
        "graphic", "illustration"};
    static final String[] CAPTION_TRIGGERS = {"(photo", "(image", "(picture", "getty images", "ap photo",
        "afp photo", "reuters/", "afp/", "/getty", "/afp", "/ap", "click to enlarge", "scroll down for video"};
    static final String[] CALL_TO_ACTION_TRIGGERS = {"click here", "sign up ", "read more", "rights reserved",
        "\u00a9", "follow us", "follow @", "share this ", "advertisement", "subscribe ", "cookie", "terms of "};
    static final String[] BANNER_TRIGGERS = {"cookie", "privacy", "consent", "newsletter", "subscribe", "advertis",
        "anzeige", "publicit", "sponsored", "continues below"};

    private Boilerplate() {
    }

    /** Whether {@code sentence} (trimmed) must never be chosen; {@code title} may be null. */
    public static boolean isBoilerplate(String sentence, String title, int wordCount) {
        if (wordCount == 0) {
            return true;
        }
        boolean finalPunctuation = endsLikeSentence(sentence);
        if (!finalPunctuation && wordCount <= 6) {
            return true; // subheading, dateline, label
        }
        if (wordCount <= 14 && !finalPunctuation
                && (BYLINE.matcher(sentence).matches() || LOWER_BYLINE.matcher(sentence).matches())) {
            return true;
        }
        if (isBanner(sentence) || QuoteFragments.isFragment(sentence)) {
            return true;
        }
        if (wordCount <= 12 && (FRONT_MATTER.matcher(sentence).matches() || DATELINE.matcher(sentence).matches())) {
            return true;
        }
        return title != null && !title.isBlank() && Words.sameKey(sentence, title);
    }

    /** A stamp, caption, call to action or banner (any of the four find-patterns). */
    static boolean isBanner(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return containsAny(lower, STAMP_TRIGGERS) && STAMP.matcher(sentence).find()
                || (startsWithAny(lower, CAPTION_LABELS) || containsAny(lower, CAPTION_TRIGGERS))
                        && CAPTION.matcher(sentence).find()
                || containsAny(lower, CALL_TO_ACTION_TRIGGERS) && CALL_TO_ACTION.matcher(sentence).find()
                || containsAny(lower, BANNER_TRIGGERS) && BANNER.matcher(sentence).find();
    }

    /** The four patterns without the trigger shortcut: what {@link #isBanner} must always agree with. */
    static boolean matchesBannerPattern(String sentence) {
        return STAMP.matcher(sentence).find() || CAPTION.matcher(sentence).find()
                || CALL_TO_ACTION.matcher(sentence).find() || BANNER.matcher(sentence).find();
    }

    private static boolean startsWithAny(String lower, String[] labels) {
        for (String label : labels) {
            if (lower.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String lower, String[] triggers) {
        for (String trigger : triggers) {
            if (lower.contains(trigger)) {
                return true;
            }
        }
        return false;
    }

    /** Ends without a sentence's final punctuation (closing quotes and brackets aside). */
    static boolean isUnterminated(String s) {
        return !endsLikeSentence(s);
    }

    private static boolean endsLikeSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == '\u3002') {
                return true;
            }
            if (c != '"' && c != '\'' && c != '\u201D' && c != '\u2019' && c != ')' && c != ']' && c != '»'
                    && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

}
