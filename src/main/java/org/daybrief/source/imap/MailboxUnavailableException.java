package org.daybrief.source.imap;

/** A mailbox that could not be read this run (unreachable, login refused, no such folder); the message is one line. */
public final class MailboxUnavailableException extends Exception {

    public MailboxUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
