package org.daybrief.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The longest value of each field a document carries, in characters (UTF-16 units, as Java and the database
 * columns count them), in one place: the document records cut their fields to these, and the job database's
 * columns are declared from them, so no document can hold a value its column refuses.
 */
public final class FieldLimits {

    /** A title: enough for any real headline; longer ones are cut at a word, with an ellipsis. */
    public static final int TITLE = 300;
    /** An outlet or author. */
    public static final int SOURCE = 300;
    /** A link: a longer one is dropped (a cut link leads nowhere), and the digest links to the file instead. */
    public static final int URL = 2000;
    /**
     * A path or archive entry path: Linux's longest path (4,096 bytes) fits whole; a longer one (an entry deep in
     * an archive there) keeps its start and end, with a hash of the whole between.
     */
    public static final int PATH = 4096;
    /** Why a document was skipped. */
    public static final int REASON = 1000;
    /** A document's content id (hex). */
    public static final int ID = 64;
    /** A document's text kept for grouping and story summaries. */
    public static final int BODY = 200_000;

    private static final String ELLIPSIS = "\u2026";

    private FieldLimits() {
    }

    public static String title(String title) {
        return shorten(title, TITLE);
    }

    public static String source(String source) {
        return shorten(source, SOURCE);
    }

    public static String reason(String reason) {
        return shorten(reason, REASON);
    }

    /** The link, or empty when it is longer than {@link #URL}. */
    public static String url(String url) {
        return url == null || url.length() > URL ? "" : url;
    }

    /**
     * The path, or when it is longer than {@link #PATH} its start, a hash of the whole and its end (the file name):
     * still readable, and two long paths that differ only in the middle stay two paths.
     */
    public static String path(String path) {
        if (path == null || path.length() <= PATH) {
            return path;
        }
        String middle = ELLIPSIS + hash(path) + ELLIPSIS;
        int keep = PATH - middle.length();
        int head = safeCut(path, keep / 2);
        int tail = safeStart(path, path.length() - (keep - head));
        return path.substring(0, head) + middle + path.substring(tail);
    }

    /**
     * At most {@code max} characters: a longer text is cut at the last space in its second half, else at the limit
     * (never inside a surrogate pair), and ends with an ellipsis. Null stays null.
     */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = safeCut(text, max - ELLIPSIS.length());
        int space = text.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** {@code at}, or one less when that would split a surrogate pair. */
    private static int safeCut(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))
                && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
    }

    /** {@code at}, or one more when it would start on the second half of a surrogate pair. */
    private static int safeStart(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))
                && Character.isHighSurrogate(s.charAt(at - 1)) ? at + 1 : at;
    }

    private static String hash(String s) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
