package org.daybrief.source.imap;

import java.util.Objects;
import java.util.function.Function;

/**
 * What the mailboxes of one run are read with.
 *
 * @param reader      the IMAP client
 * @param states      where each job keeps its place in each mailbox
 * @param environment looks up environment variables (the passwords): {@code System::getenv}
 * @param keepsPlace  true when the run takes what is new ({@code window: new}): only then is the place kept and are
 *                    messages marked or moved. A run by date reads the whole mailbox and changes nothing, as a
 *                    message dated another day is not filed by it.
 */
public record MailboxContext(MailboxReader reader, MailboxStates states, Function<String, String> environment,
        boolean keepsPlace) {

    public MailboxContext {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(environment, "environment");
    }
}
