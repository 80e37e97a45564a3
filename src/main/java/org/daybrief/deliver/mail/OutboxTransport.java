package org.daybrief.deliver.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.daybrief.deliver.AtomicFiles;

/**
 * The dry run: each message is written, atomically, as {@code <outbox>/<subscriber>.eml} (RFC 822 with CRLF
 * headers: any mail client opens it). The file name is {@link Subscriber#fileStem()}, made only of safe
 * characters and a hash, never raw input. Rewriting a file replaces it, so delivery here is idempotent, and
 * {@link #delivered} answers for sure by reading the Message-ID back.
 */
public final class OutboxTransport implements MailTransport {

    private final Path outbox;
    private final Session session = Session.getInstance(new Properties());

    /** @param outbox the folder, e.g. {@code output/daily/2025-09-22/outbox}; created when the first message comes */
    public OutboxTransport(Path outbox) {
        this.outbox = outbox;
    }

    public Path file(Subscriber subscriber) {
        return outbox.resolve(subscriber.fileStem() + ".eml");
    }

    @Override
    public Route route() {
        return Route.OUTBOX;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(OutgoingMessage message) throws DeliveryException {
        Path file = file(message.subscriber());
        try {
            Files.createDirectories(outbox);
            AtomicFiles.write(file, out -> {
                try {
                    message.message().writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            return "written " + file;
        } catch (IOException e) {
            throw new DeliveryException(false, 0, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Boolean> delivered(Subscriber subscriber, String messageId) {
        Path file = file(subscriber);
        if (!Files.isRegularFile(file)) {
            return Optional.of(false);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(messageId.equals(new MimeMessage(session, in).getMessageID()));
        } catch (IOException | MessagingException e) {
            return Optional.of(false);
        }
    }

    @Override
    public String describe() {
        return "outbox " + outbox + " (dry run: no SMTP host set)";
    }

    @Override
    public void close() {
        // nothing held open
    }
}
