package org.daybrief.deliver.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Jakarta Mail failure into a {@link DeliveryException}: the SMTP reply code is read from the
 * implementation's exceptions ({@code getReturnCode()}, present on Angus Mail's {@code SMTPAddressFailedException}
 * and {@code SMTPSendFailedException}) or from a reply at the start of a message. While a message is sent, 4xx
 * and no reply at all (a dropped connection, a timeout) are transient and 5xx is permanent. A failure to connect,
 * log in or start TLS, and a {@code 530} "authentication required" reply, are failures of the connection
 * ({@link #connectionFailure}): one line that says what to fix.
 */
final class SmtpReplies {

    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5]\\d\\d)[ -]");
    /** A permanent reply and its RFC 3463 enhanced status code when it has one: {@code 550 5.1.1 ...}. */
    private static final Pattern PERMANENT = Pattern.compile("^\\s*(5\\d\\d)(?:[ -]+(5)\\.(\\d{1,3})\\.\\d{1,3}\\b)?");
    private static final int MAX_REPLY = 500;
    /** The reply to MAIL FROM when the server wants a login and got none: no message can go without one. */
    static final int AUTHENTICATION_REQUIRED = 530;

    private SmtpReplies() {
    }

    static DeliveryException classify(Exception failure) {
        List<Throwable> chain = chain(failure);
        Optional<Reply> reply = firstReply(chain);
        if (reply.isPresent()) {
            int code = reply.get().code();
            return new DeliveryException(code < 500, code, reply.get().text(), failure);
        }
        Throwable root = chain.get(chain.size() - 1);
        return new DeliveryException(true, 0, HeaderText.oneLine(describe(failure)
                + (root == failure ? "" : " (" + describe(root) + ")"), MAX_REPLY), failure);
    }

    /**
     * Why the server could not be used at all: the login was refused, TLS failed, the server refused the
     * connection or could not be reached. One line ending in what to set, e.g.
     * {@code SMTP authentication failed for digest@example.org: 535 5.7.8 Authentication credentials invalid;
     * check SPRING_MAIL_USERNAME/PASSWORD}.
     */
    static DeliveryException connectionFailure(Exception failure, SmtpSettings smtp) {
        List<Throwable> chain = chain(failure);
        String server = smtp.host() + (smtp.port() > 0 ? ":" + smtp.port() : "");
        Optional<Reply> first = firstReply(chain);
        int code = first.map(Reply::code).orElse(0);
        String reply = first.map(Reply::text).orElse("");
        String line;
        if (code == AUTHENTICATION_REQUIRED || chain.stream().anyMatch(t -> t instanceof AuthenticationFailedException)) {
            String why = reply.isEmpty() ? chain.stream().filter(t -> t instanceof AuthenticationFailedException)
                    .findFirst().map(SmtpReplies::message).orElse("") : reply;
            line = smtp.username().isEmpty()
                    ? "SMTP server " + server + " requires authentication: " + why
                            + "; set SPRING_MAIL_USERNAME/PASSWORD"
                    : "SMTP authentication failed for " + smtp.username() + ": " + why
                            + "; check SPRING_MAIL_USERNAME/PASSWORD";
        } else if (chain.stream().anyMatch(t -> t instanceof javax.net.ssl.SSLException
                || message(t).contains("STARTTLS"))) {
            Throwable tls = chain.stream().filter(t -> t instanceof javax.net.ssl.SSLException).findFirst()
                    .orElse(chain.get(chain.size() - 1));
            line = "TLS with SMTP server " + server + " failed: " + describe(tls) + "; check SPRING_MAIL_PROTOCOL "
                    + "(smtps for port 465), SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_* (port 587) and the "
                    + "server's certificate";
        } else if (code > 0) {
            line = "SMTP server " + server + " refused the connection: " + reply
                    + "; check SPRING_MAIL_HOST/PORT, or try again later";
        } else {
            line = "SMTP server " + server + " could not be reached: " + describe(chain.get(chain.size() - 1))
                    + "; check SPRING_MAIL_HOST/PORT and the network";
        }
        return DeliveryException.connection(code, HeaderText.oneLine(line, MAX_REPLY), failure);
    }

    /**
     * Whether a permanent refusal blames the recipient's address, so that it counts towards a bounce: an RFC 3463
     * status of class 5.1 (addressing: no such user or domain) or 5.2 (mailbox: disabled, full for good), or with
     * no enhanced status, 550, 551 or 553. Refusals of the sender or the message (5.7 policy, 5.6 content, 554
     * "transaction failed") say nothing about the address: were they counted, a blocklisted sender would see its
     * whole list suppressed in three runs.
     */
    static boolean blamesAddress(String reply) {
        Matcher m = PERMANENT.matcher(reply == null ? "" : reply);
        if (!m.find()) {
            return false;
        }
        if (m.group(2) != null) {
            return m.group(3).equals("1") || m.group(3).equals("2");
        }
        return List.of("550", "551", "553").contains(m.group(1));
    }

    /** An SMTP reply: its code (4xx or 5xx) and its text, one line, starting with the code. */
    private record Reply(int code, String text) {
    }

    /** The first 4xx or 5xx reply in the chain, from an exception's return code or a message starting with one. */
    private static Optional<Reply> firstReply(List<Throwable> chain) {
        for (Throwable t : chain) {
            int code = returnCode(t);
            String message = message(t);
            if (code <= 0) {
                Matcher m = REPLY.matcher(message);
                if (m.find()) {
                    code = Integer.parseInt(m.group(1));
                }
            }
            if (code >= 400) {
                return Optional.of(new Reply(code, HeaderText.oneLine(message.startsWith(String.valueOf(code))
                        ? message : code + " " + message, MAX_REPLY)));
            }
        }
        return Optional.empty();
    }

    /** The last reply of a connected SMTP transport, when the implementation exposes it. */
    static String lastReply(Object transport) {
        try {
            Method m = transport.getClass().getMethod("getLastServerResponse");
            Object reply = m.invoke(transport);
            return reply == null ? "" : HeaderText.oneLine(reply.toString(), MAX_REPLY);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }

    private static int returnCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            Object v = m.invoke(t);
            return v instanceof Integer i ? i : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** The failure, its nested exceptions (MessagingException) and causes, depth first, without cycles. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> out = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty() && out.size() < 20) {
            Throwable t = todo.remove(0);
            if (t == null || out.stream().anyMatch(x -> x == t)) {
                continue;
            }
            out.add(t);
            if (t instanceof MessagingException me && me.getNextException() != null) {
                todo.add(me.getNextException());
            }
            todo.add(t.getCause());
        }
        return out;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().strip();
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
