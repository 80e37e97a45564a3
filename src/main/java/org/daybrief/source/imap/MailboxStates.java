package org.daybrief.source.imap;

import java.util.List;

/**
 * Where a job keeps its place in each mailbox between runs (the job database). A mailbox is named by its URL
 * ({@link MailboxEntry#location()}); the password is never part of it.
 */
public interface MailboxStates {

    /** The place kept for (job, mailbox), or {@link MailboxState#NEVER_READ}. */
    MailboxState state(String job, String mailbox);

    /** Whether a message with this Message-ID was filed from the mailbox before. */
    boolean knownMessageId(String job, String mailbox, String messageId);

    /** Keeps the new place and the Message-IDs just filed, together. */
    void save(String job, String mailbox, MailboxState state, List<String> messageIds);
}
