package org.daybrief.source.imap;

import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.daybrief.ingest.RawDocument;
import org.daybrief.ingest.Sizes;
import org.daybrief.source.Source;
import org.daybrief.source.SourceContext;

/**
 * One mailbox entry as a {@link Source}: its new messages, each a document for the ingest path, or one skipped
 * document with the reason when the mailbox cannot be read ({@code imap imaps://digest@host/INBOX: login refused}).
 * The place in the mailbox is kept, and messages marked or moved, only once the run has filed them
 * ({@link #committed()}): a run that fails reads the same messages again when it restarts.
 */
public final class MailboxSource implements Source {

    private final MailboxEntry entry;
    private final MailboxContext mail;
    private final SourceContext run;
    private Iterator<RawDocument> documents;
    /** What a read found (without the messages' content), kept until the run has filed it; null before. */
    private Read read;

    /**
     * @param uids       the messages to mark or move
     * @param messageIds their Message-IDs, kept to recognise them should the folder's UIDVALIDITY change
     */
    private record Read(String password, MailboxState state, List<Long> uids, List<String> messageIds) {
    }

    public MailboxSource(MailboxEntry entry, MailboxContext mail, SourceContext run) {
        this.entry = entry;
        this.mail = mail;
        this.run = run;
    }

    @Override
    public RawDocument next() {
        if (documents == null) {
            documents = read().iterator();
        }
        return documents.hasNext() ? documents.next() : null;
    }

    private List<RawDocument> read() {
        String password = mail.environment().apply(entry.passwordEnv());
        if (password == null) { // checked when the job file was read: only a variable unset since then gets here
            return unavailable("environment variable " + entry.passwordEnv() + " is not set");
        }
        String mailbox = entry.location();
        MailboxState since = mail.keepsPlace() ? mail.states().state(run.job(), mailbox) : MailboxState.NEVER_READ;
        Predicate<String> known = id -> mail.states().knownMessageId(run.job(), mailbox, id);
        long max = run.limits().maxFileBytes();
        try {
            MailboxBatch batch = mail.reader().read(entry, password, since, known, max,
                    run.limits().maxArchiveEntries());
            run.health().succeeded(run.job(), mailbox);
            if (batch.left() > 0) {
                System.err.println("daybrief: " + entry.shown() + ": " + batch.left() + " more new messages are left "
                        + "for the next run (one run reads at most " + run.limits().maxArchiveEntries()
                        + " messages or " + Sizes.megabytes(MailboxReader.MAX_BATCH_BYTES) + ")");
            }
            List<MailMessage> fetched = batch.messages().stream().filter(m -> !m.tooLarge()).toList();
            read = new Read(password, batch.state(), fetched.stream().map(MailMessage::uid).toList(),
                    fetched.stream().map(MailMessage::messageId).filter(id -> !id.isEmpty()).toList());
            return batch.messages().stream().map(m -> MessageDocuments.of(entry, m, max)).toList();
        } catch (MailboxUnavailableException e) {
            return unavailable(e.getMessage());
        }
    }

    private List<RawDocument> unavailable(String reason) {
        int runs = run.health().failed(run.job(), entry.location(), reason);
        return List.of(MessageDocuments.unavailable(entry, reason
                + (runs > 1 ? " (failed " + runs + " runs in a row)" : ""))); // as a feed says it
    }

    /**
     * Keeps the place reached and does what {@code after:} says with the messages read. A mark or move that fails
     * is reported on stderr and costs nothing else: the messages are filed, and the place is kept.
     */
    @Override
    public void committed() {
        if (read == null || !mail.keepsPlace()) {
            return;
        }
        mail.states().save(run.job(), entry.location(), read.state(), read.messageIds());
        try {
            mail.reader().finish(entry, read.password(), read.state().uidValidity(), read.uids());
        } catch (MailboxUnavailableException e) {
            System.err.println("daybrief: " + entry.shown() + ": messages not " + (entry.after().action()
                    == AfterReading.Action.MOVE ? "moved" : "marked seen") + ": " + e.getMessage());
        }
        read = null;
    }
}
