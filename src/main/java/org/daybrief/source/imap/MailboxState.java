package org.daybrief.source.imap;

/**
 * How far a job has read a mailbox: the folder's UIDVALIDITY when it was read and the highest UID filed. UIDs
 * mean something only within one UIDVALIDITY: when the server's changes (the folder was rebuilt), every UID is new.
 */
public record MailboxState(long uidValidity, long lastUid) {

    /** A mailbox never read: every message is new. */
    public static final MailboxState NEVER_READ = new MailboxState(-1, 0);
}
