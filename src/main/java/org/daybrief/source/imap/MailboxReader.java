package org.daybrief.source.imap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Reads the new messages of an IMAP folder with Jakarta Mail, and afterwards marks or moves them. Plain Java: the
 * caller keeps the {@link MailboxState} between runs and supplies the password.
 *
 * <p>A read opens the folder read-only and fetches with {@code BODY.PEEK}, so reading alone changes nothing on the
 * server. New means a UID above the last one filed; when the folder's UIDVALIDITY differs from the one kept, the
 * UIDs kept mean nothing and the whole folder is read again, less the messages whose Message-ID is known.
 *
 * <p>TLS ({@code imaps}, or STARTTLS when an {@code imap} server offers it) checks the server's certificate and
 * name against the JVM's trust store; there is no setting that turns that off. Not thread-safe: one per run.
 */
public final class MailboxReader {

    /**
     * The content one read holds at most (the messages are in memory until the run has parsed them): the first read
     * of a large folder is taken over several runs.
     */
    static final long MAX_BATCH_BYTES = 128L * 1024 * 1024;

    private final Properties properties = new Properties();

    /** @param timeout for connecting and for each reply from the server */
    public MailboxReader(Duration timeout) {
        this(timeout, new Properties());
    }

    /**
     * @param extra Jakarta Mail properties laid over Daybrief's own: a test uses this to trust its own server's
     *              certificate ({@code mail.imaps.ssl.socketFactory}); Daybrief itself passes none
     */
    MailboxReader(Duration timeout, Properties extra) {
        String ms = String.valueOf(timeout.toMillis());
        for (String protocol : List.of("imap", "imaps")) {
            String p = "mail." + protocol + ".";
            properties.setProperty(p + "connectiontimeout", ms);
            properties.setProperty(p + "timeout", ms);
            properties.setProperty(p + "writetimeout", ms);
            properties.setProperty(p + "peek", "true");
            properties.setProperty(p + "ssl.checkserveridentity", "true");
        }
        // An imap:// server that offers STARTTLS is spoken to over TLS; one that does not is read in the clear.
        properties.setProperty("mail.imap.starttls.enable", "true");
        properties.putAll(extra);
    }

    /**
     * The messages above {@code since}.
     *
     * @param password       the login's password
     * @param since          the state kept from the last read ({@link MailboxState#NEVER_READ} at first)
     * @param knownMessageId whether a Message-ID was filed before (asked only when UIDVALIDITY changed)
     * @param maxBytes       messages larger than this are listed with no content ({@link MailMessage#tooLarge()})
     * @param maxMessages    at most this many messages are taken; the rest are left for the next read, as are those
     *                       past {@link #MAX_BATCH_BYTES}
     */
    public MailboxBatch read(MailboxEntry source, String password, MailboxState since,
            Predicate<String> knownMessageId, long maxBytes, int maxMessages) throws MailboxUnavailableException {
        return inFolder(source.address(), password, Folder.READ_ONLY, (store, folder) -> {
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            boolean reread = since.uidValidity() >= 0 && since.uidValidity() != validity;
            long after = since.uidValidity() == validity ? since.lastUid() : 0;
            // "n:*" always answers with the last message, even when its UID is below n: filtered below.
            Message[] found = uids.getMessagesByUID(after + 1, UIDFolder.LASTUID);
            FetchProfile headers = new FetchProfile();
            headers.add(UIDFolder.FetchProfileItem.UID);
            headers.add(FetchProfile.Item.SIZE);
            headers.add(FetchProfile.Item.ENVELOPE);
            folder.fetch(found, headers);
            List<MailMessage> messages = new ArrayList<>();
            long last = after;
            long bytes = 0;
            int left = 0;
            for (Message m : found) { // in sequence order, which is UID order
                long uid = uids.getUID(m);
                if (uid <= after) {
                    continue;
                }
                if (messages.size() >= maxMessages || bytes >= MAX_BATCH_BYTES) {
                    left++;
                    continue;
                }
                last = Math.max(last, uid);
                String messageId = messageId(m);
                if (reread && !messageId.isEmpty() && knownMessageId.test(messageId)) {
                    continue;
                }
                long size = m.getSize();
                byte[] raw = size > maxBytes ? null : content(m);
                bytes += raw == null ? 0 : raw.length;
                messages.add(new MailMessage(uid, messageId, raw, raw == null ? size : raw.length,
                        m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant()));
            }
            return new MailboxBatch(new MailboxState(validity, last), messages, reread, left);
        });
    }

    /**
     * Does what {@code after:} says with messages that were filed: marks them seen, or moves them to another
     * folder. Nothing is done when the folder's UIDVALIDITY is no longer {@code uidValidity} (the UIDs would name
     * other messages), nor for {@code leave}.
     */
    public void finish(MailboxEntry source, String password, long uidValidity, List<Long> filed)
            throws MailboxUnavailableException {
        if (source.after().action() == AfterReading.Action.LEAVE || filed.isEmpty()) {
            return;
        }
        inFolder(source.address(), password, Folder.READ_WRITE, (store, folder) -> {
            UIDFolder uids = (UIDFolder) folder;
            if (uids.getUIDValidity() != uidValidity) {
                return null;
            }
            Message[] messages = Arrays.stream(uids.getMessagesByUID(filed.stream().mapToLong(Long::longValue)
                    .toArray())).filter(m -> m != null).toArray(Message[]::new);
            if (source.after().action() == AfterReading.Action.MARK_SEEN) {
                folder.setFlags(messages, new Flags(Flags.Flag.SEEN), true);
            } else {
                move(store, (IMAPFolder) folder, messages, source.after().folder());
            }
            return null;
        });
    }

    /** Work on an open folder: the connection and folder are closed after it, and any failure is one line. */
    private interface FolderWork<T> {
        T run(Store store, Folder folder) throws MessagingException, IOException;
    }

    private <T> T inFolder(MailboxAddress address, String password, int mode, FolderWork<T> work)
            throws MailboxUnavailableException {
        try (Store store = connect(address, password)) {
            Folder folder = store.getFolder(address.folder());
            folder.open(mode);
            try {
                return work.run(store, folder);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            throw MailboxFailures.of(e, address);
        }
    }

    private Store connect(MailboxAddress address, String password) throws MessagingException {
        Session session = Session.getInstance(properties);
        Store store = session.getStore(address.protocol());
        store.connect(address.host(), address.port(), address.user(), password);
        return store;
    }

    private static void move(Store store, IMAPFolder from, Message[] messages, String to) throws MessagingException {
        Folder target = store.getFolder(to);
        if (!target.exists()) {
            throw new MessagingException("no folder '" + to + "' to move messages to");
        }
        if (((IMAPStore) store).hasCapability("MOVE")) {
            from.moveMessages(messages, target);
        } else { // RFC 3501 alone: copy, then delete the originals
            from.copyMessages(messages, target);
            from.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
            from.expunge(messages);
        }
    }

    private static String messageId(Message m) throws MessagingException {
        String id = m instanceof MimeMessage mime ? mime.getMessageID() : null;
        return id == null ? "" : id.strip();
    }

    private static byte[] content(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(m.getSize(), 1024));
        m.writeTo(out);
        return out.toByteArray();
    }
}
