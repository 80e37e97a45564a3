package org.daybrief.source.imap;

import java.time.Instant;
import java.util.Objects;

/**
 * One message read from a mailbox, as the server keeps it.
 *
 * @param uid       its UID in the folder (meaningful within the folder's UIDVALIDITY)
 * @param messageId its {@code Message-ID} header, or empty when it has none
 * @param raw       the whole message (RFC 822 bytes), or null when it was not fetched (see {@code tooLarge})
 * @param size      its size as the server reports it
 * @param received  when the server received it (IMAP INTERNALDATE): the date of a message without a Date header
 */
public record MailMessage(long uid, String messageId, byte[] raw, long size, Instant received) {

    public MailMessage {
        Objects.requireNonNull(messageId, "messageId");
        received = received == null ? Instant.EPOCH : received;
    }

    /** True when the message was larger than the limit and its content was left on the server. */
    public boolean tooLarge() {
        return raw == null;
    }
}
