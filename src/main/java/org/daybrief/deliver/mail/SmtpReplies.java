package org.daybrief.deliver.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Jakarta Mail failure into a {@link DeliveryException}: the SMTP reply code is read from the
 * implementation's exceptions ({@code getReturnCode()}, present on Angus Mail's {@code SMTPAddressFailedException}
 * and {@code SMTPSendFailedException}) or from a reply at the start of a message. 4xx and no reply at all
 * (connection refused, timeout, TLS failure) are transient; 5xx and failed authentication are permanent.
 */
final class SmtpReplies {

    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5]\\d\\d)[ -]");
    private static final int MAX_REPLY = 500;

    private SmtpReplies() {
    }

    static DeliveryException classify(Exception failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            int code = returnCode(t);
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (code <= 0) {
                Matcher m = REPLY.matcher(message);
                if (m.find()) {
                    code = Integer.parseInt(m.group(1));
                }
            }
            if (code >= 400) {
                String reply = HeaderText.oneLine(message.startsWith(String.valueOf(code)) ? message
                        : code + " " + message, MAX_REPLY);
                return new DeliveryException(code < 500, code, reply, failure);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return new DeliveryException(false, 0, "authentication failed: " + describe(t), failure);
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return new DeliveryException(true, 0, HeaderText.oneLine(describe(failure)
                + (root == failure ? "" : " (" + describe(root) + ")"), MAX_REPLY), failure);
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

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
