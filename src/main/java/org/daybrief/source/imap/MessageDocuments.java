package org.daybrief.source.imap;

import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.SourcePath;
import org.daybrief.ingest.Sizes;

/**
 * A mailbox's messages as raw documents for the ingest path: each message whole ({@code message/rfc822}), so Tika's
 * mail parser decodes its Subject, Date and From and reads its HTML part (or its plain part when it has none), as
 * for an {@code .eml} file. Shown as {@code imaps://digest@host/Newsletters!/uid-42.eml}.
 */
public final class MessageDocuments {

    private MessageDocuments() {
    }

    public static RawDocument of(MailboxEntry source, MailMessage message, long maxBytes) {
        SourcePath path = SourcePath.of(source.address().toString()).entry("uid-" + message.uid() + ".eml");
        if (message.tooLarge()) {
            return RawDocument.failed(path, "too large: " + Sizes.megabytes(message.size()) + " > "
                    + Sizes.megabytes(maxBytes) + " limit");
        }
        return RawDocument.ofBytes(path, message.raw(), message.received());
    }

    /** The stand-in for a mailbox that could not be read: a skipped source with its reason in the run report. */
    public static RawDocument unavailable(MailboxEntry source, String reason) {
        return RawDocument.failed(source.shown(), reason);
    }
}
