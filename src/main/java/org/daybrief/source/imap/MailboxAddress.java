package org.daybrief.source.imap;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a mailbox is: {@code imap://user@host[:port]/Folder} or {@code imaps://...} (TLS from the first byte). The
 * user and folder may be percent-encoded ({@code digest%40example.org}, {@code Lists%2FDaily}); a password is never
 * part of it (it comes from an environment variable, see {@link MailboxEntry}).
 *
 * @param tls    true for {@code imaps}
 * @param user   the login name
 * @param host   the server
 * @param port   the port, or -1 for the protocol's own (143, 993)
 * @param folder the folder to read, {@code INBOX} when the URL names none
 */
public record MailboxAddress(boolean tls, String user, String host, int port, String folder) {

    public MailboxAddress {
        if (user.isEmpty() || host.isEmpty() || folder.isEmpty()) {
            throw new IllegalArgumentException("user, host and folder are required");
        }
    }

    /** Whether a {@code sources:} entry names a mailbox (rather than a file or a web address). */
    public static boolean isMailbox(String source) {
        String lower = source.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("imap://") || lower.startsWith("imaps://");
    }

    /**
     * Reads a mailbox URL.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what to write instead
     */
    public static MailboxAddress parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a mailbox URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("imap") && !scheme.equals("imaps")) {
            throw new IllegalArgumentException("'" + url + "' is not an imap:// or imaps:// URL");
        }
        if (uri.getRawUserInfo() == null || uri.getRawUserInfo().isEmpty()) {
            throw new IllegalArgumentException("'" + url + "' names no user: write imaps://user@host/Folder");
        }
        if (uri.getRawUserInfo().contains(":")) {
            throw new IllegalArgumentException("'" + url + "' holds a password: a password never goes in the job "
                    + "file; name an environment variable with password-env");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' names no host: write imaps://user@host/Folder");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' has a query or fragment: write imaps://user@host/Folder");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String folder = path.isEmpty() ? "INBOX" : decode(path);
        return new MailboxAddress(scheme.equals("imaps"), decode(uri.getRawUserInfo()), uri.getHost(), uri.getPort(),
                folder);
    }

    /** {@code imap} or {@code imaps}: Jakarta Mail's name of the store, and the prefix of its properties. */
    public String protocol() {
        return tls ? "imaps" : "imap";
    }

    private static String decode(String s) {
        // '+' is a character of a user or folder name here, not an encoded space.
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL as written for users: {@code imaps://digest@mail.example.org/Newsletters}. */
    @Override
    public String toString() {
        return protocol() + "://" + user + "@" + host + (port < 0 ? "" : ":" + port) + "/" + folder;
    }
}
