package org.daybrief.source.imap;

import java.util.Objects;
import org.daybrief.source.SourceEntry;

/**
 * A mailbox entry of a job's {@code sources:}: {@code imaps://user@host/Folder}, or the mapping
 * {@code { url: imaps://..., password-env: NAME, after: mark-seen | move:Folder | leave }}.
 *
 * @param address     where the mailbox is
 * @param passwordEnv the environment variable that holds the password (never the password itself)
 * @param after       what to do with a message once it is filed
 */
public record MailboxEntry(MailboxAddress address, String passwordEnv, AfterReading after) implements SourceEntry {

    /** The variable a mailbox entry reads its password from when it names none. */
    public static final String DEFAULT_PASSWORD_ENV = "DAYBRIEF_IMAP_PASSWORD";

    public MailboxEntry {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(passwordEnv, "passwordEnv");
        after = after == null ? AfterReading.LEAVE : after;
    }

    @Override
    public String location() {
        return address.toString();
    }

    /** How the mailbox is named in a run report: {@code imap imaps://digest@host/INBOX}. */
    public String shown() {
        return "imap " + address;
    }
}
