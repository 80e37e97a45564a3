package org.daybrief.deliver.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One recipient of a job's digest.
 *
 * @param address    a valid plain address ({@link Addresses})
 * @param name       display name, may be empty; made one line ({@link HeaderText})
 * @param format     html (text and HTML alternatives) or text
 * @param maxStories at most this many stories, 0 for as many as the digest has
 * @param include    when not empty, only stories matching one of these terms ({@link StoryFilter})
 * @param exclude    stories matching any of these terms are left out
 */
public record Subscriber(String address, String name, MailFormat format, int maxStories, List<String> include,
        List<String> exclude) {

    public Subscriber {
        address = Addresses.requireValid(address);
        name = HeaderText.oneLine(name, 200);
        Objects.requireNonNull(format, "format");
        if (maxStories < 0) {
            throw new IllegalArgumentException("maxStories must be >= 0, was " + maxStories);
        }
        include = List.copyOf(include == null ? List.of() : include);
        exclude = List.copyOf(exclude == null ? List.of() : exclude);
    }

    public static Subscriber of(String address, String name) {
        return new Subscriber(address, name, MailFormat.HTML, 0, List.of(), List.of());
    }

    /** The ledger key: the address, lower-cased (two spellings of one address are one subscriber). */
    public String key() {
        return address.toLowerCase(Locale.ROOT);
    }

    /**
     * A file name stem for this subscriber ({@code alice_at_example.org-1a2b3c4d}): only {@code [a-z0-9._-]},
     * at most 80 characters before a hash of the address that keeps two subscribers apart. Never a path.
     */
    public String fileStem() {
        String k = key().replace("@", "_at_");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k.length() && sb.length() < 80; i++) {
            char c = k.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            sb.append(ok ? c : '_');
        }
        if (sb.length() == 0 || sb.charAt(0) == '.' || sb.charAt(0) == '-') {
            sb.insert(0, '_');
        }
        return sb + "-" + hash(key()).substring(0, 8);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
