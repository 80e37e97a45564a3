package org.daybrief.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The link policy of every rendered output: a document's link becomes a link only when it is an http(s) URL
 * with a host, or a relative reference (no scheme, not starting with {@code //}) such as the path from a
 * digest's folder to its source file. Anything else ({@code javascript:}, {@code data:}, {@code file:},
 * {@code mailto:}, protocol-relative, malformed) is refused and the renderers show the title without a link.
 *
 * <p>Accepted links are returned percent-encoded (spaces, non-ASCII, quotes, angle brackets, backslashes and
 * stray {@code %} are encoded), so a value is a valid URI reference and safe inside a quoted HTML attribute,
 * a Markdown link destination ({@link #markdownDestination}) or plain text. Stateless and thread-safe.
 */
public final class Links {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String ALLOWED = "-._~:/?#[]@!$&'*+,;=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Links() {
    }

    /** The link as a safe, percent-encoded href, or empty when it is not an http(s) or relative link. */
    public static Optional<String> safeHref(String link) {
        if (link == null) {
            return Optional.empty();
        }
        String s = link.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
            return Optional.empty(); // browsers drop tabs/newlines inside URLs: "java\tscript:" tricks
        }
        String encoded = encode(s);
        boolean hasScheme = SCHEME.matcher(s).find();
        if (hasScheme) {
            String scheme = s.substring(0, s.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            try {
                URI uri = new URI(encoded);
                if (uri.getHost() == null || uri.getHost().isEmpty() || !s.substring(scheme.length()).startsWith("://")) {
                    return Optional.empty();
                }
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
            return Optional.of(encoded);
        }
        // A colon before the first '/', '?' or '#' would be read as a scheme: not a relative link.
        int firstColon = s.indexOf(':');
        int firstDelimiter = firstIndexOf(s, "/?#");
        if (firstColon >= 0 && (firstDelimiter < 0 || firstColon < firstDelimiter)) {
            return Optional.empty();
        }
        String slashed = s.replace('\\', '/');
        if (slashed.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(encoded);
    }

    /** A safe href (from {@link #safeHref}) for a Markdown {@code [text](destination)}: parentheses encoded. */
    static String markdownDestination(String safeHref) {
        return safeHref.replace("(", "%28").replace(")", "%29");
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || (b < 0x80 && ALLOWED.indexOf(b) >= 0)
                    || (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static int firstIndexOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
