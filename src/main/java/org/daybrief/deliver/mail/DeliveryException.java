package org.daybrief.deliver.mail;

/**
 * A message was not delivered. {@link #isTransient()}: the server answered 4xx or could not be reached, so the
 * same message may go through later; otherwise (5xx) it was refused for good. {@link #isConnectionFailure()}:
 * the route itself failed (the server cannot be reached, refuses the login or the TLS handshake), so every other
 * message would fail the same way and must not be tried (each try is one more failed login, which can lock the
 * account). {@link #reply()} is the server's answer (or the connection error), one line, for the ledger and the
 * report; for a connection failure it also says what to fix.
 */
public final class DeliveryException extends Exception {

    private final boolean transientFailure;
    private final boolean connectionFailure;
    private final int code;
    private final String reply;

    public DeliveryException(boolean transientFailure, int code, String reply, Throwable cause) {
        this(transientFailure, false, code, reply, cause);
    }

    private DeliveryException(boolean transientFailure, boolean connectionFailure, int code, String reply,
            Throwable cause) {
        super(reply, cause);
        this.transientFailure = transientFailure;
        this.connectionFailure = connectionFailure;
        this.code = code;
        this.reply = reply;
    }

    /** The route failed, not this message: no message can be delivered until {@code whatToFix} is done. */
    public static DeliveryException connection(int code, String whatToFix, Throwable cause) {
        return new DeliveryException(true, true, code, whatToFix, cause);
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public boolean isConnectionFailure() {
        return connectionFailure;
    }

    /** The SMTP reply code, or 0 when the server gave none (connection failure). */
    public int code() {
        return code;
    }

    public String reply() {
        return reply;
    }
}
