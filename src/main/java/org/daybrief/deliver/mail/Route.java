package org.daybrief.deliver.mail;

import java.util.Locale;

/**
 * The way a message leaves: written to the digest's outbox folder (the dry run) or handed to an SMTP server.
 * The ledger keeps each route apart, so that a message written to the outbox still goes out when an SMTP server
 * is configured later. Any SMTP server counts as one route: a message one server accepted is delivered, and
 * changing the host (or writing it differently) must not send it twice.
 */
public enum Route {
    OUTBOX, SMTP;

    /** The value kept in the ledger's {@code ROUTE} column. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Route of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
