package org.daybrief.source.imap;

import java.util.List;

/**
 * What one read of a mailbox found.
 *
 * @param state    the state to keep once these messages are filed (the folder's UIDVALIDITY, the highest UID)
 * @param messages the new messages, in UID order
 * @param reread   true when the folder's UIDVALIDITY changed since the last read, so it was read from the start
 *                 (messages already filed were recognised by their Message-ID and left out)
 * @param left     new messages not taken this time (past the limits of one read), for the next read
 */
public record MailboxBatch(MailboxState state, List<MailMessage> messages, boolean reread, int left) {

    public MailboxBatch {
        messages = List.copyOf(messages);
    }
}
