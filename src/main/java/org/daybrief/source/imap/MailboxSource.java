package org.daybrief.source.imap;

import java.util.Objects;

/**
 * One mailbox entry of a job's {@code sources:}, as the job file gives it.
 *
 * @param address     where the mailbox is
 * @param passwordEnv the environment variable that holds the password (never the password itself)
 * @param after       what to do with a message once it is filed
 */
public record MailboxSource(MailboxAddress address, String passwordEnv, AfterReading after) {

    /** The variable a mailbox entry names when it names none. */
    public static final String DEFAULT_PASSWORD_ENV = "DAYBRIEF_IMAP_PASSWORD";

    public MailboxSource {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(passwordEnv, "passwordEnv");
        after = after == null ? AfterReading.LEAVE : after;
    }

    /** How the mailbox is shown in a run report: {@code imap imaps://digest@host/INBOX}. */
    public String shown() {
        return "imap " + address;
    }
}
