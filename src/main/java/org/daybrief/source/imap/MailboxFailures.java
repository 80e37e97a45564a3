package org.daybrief.source.imap;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** Turns a failure to use a mailbox into the one line a run report shows, such as {@code login refused}. */
final class MailboxFailures {

    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    private static final int MAX = 200;

    private MailboxFailures() {
    }

    static MailboxUnavailableException of(Exception failure, MailboxAddress address) {
        return new MailboxUnavailableException(reason(failure, address), failure);
    }

    static String reason(Exception failure, MailboxAddress address) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return "login refused";
            }
            if (t instanceof FolderNotFoundException) {
                return "no folder '" + address.folder() + "'";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + address.host();
            }
            if (t instanceof ConnectException) {
                return "cannot connect: " + line(t);
            }
            if (t instanceof SocketTimeoutException) {
                return "timed out";
            }
        }
        for (Throwable t : chain) {
            if (t instanceof CertPathBuilderException) { // also inside the SSLException of a failed handshake
                return "TLS failed: the server's certificate is not signed by an authority this Java trusts";
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SSLException) {
                return "TLS failed: " + line(t);
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return line(root == failure ? failure : root);
    }

    private static String line(Throwable t) {
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        String one = NOT_ONE_LINE.matcher(m).replaceAll(" ").strip();
        return one.length() > MAX ? one.substring(0, MAX - 1) + "\u2026" : one;
    }
}
