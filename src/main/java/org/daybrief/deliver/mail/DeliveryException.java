package org.daybrief.deliver.mail;

/**
 * A message was not delivered. {@link #isTransient()}: the server answered 4xx or could not be reached, so the
 * same message may go through later; otherwise (5xx) it was refused for good. {@link #reply()} is the server's
 * answer (or the connection error), one line, for the ledger and the report.
 */
public final class DeliveryException extends Exception {

    private final boolean transientFailure;
    private final int code;
    private final String reply;

    public DeliveryException(boolean transientFailure, int code, String reply, Throwable cause) {
        super(reply, cause);
        this.transientFailure = transientFailure;
        this.code = code;
        this.reply = reply;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    /** The SMTP reply code, or 0 when the server gave none (connection failure). */
    public int code() {
        return code;
    }

    public String reply() {
        return reply;
    }
}
