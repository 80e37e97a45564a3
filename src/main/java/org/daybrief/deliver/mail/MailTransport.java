package org.daybrief.deliver.mail;

import jakarta.mail.Session;
import java.util.Optional;

/**
 * Where messages go: an SMTP server ({@link SmtpTransport}) or the digest's outbox folder
 * ({@link OutboxTransport}). One instance serves one run, from one thread.
 */
public interface MailTransport extends AutoCloseable {

    /** The route this transport delivers by: the ledger keeps what each route delivered apart. */
    Route route();

    /** The session messages for this transport are built in. */
    Session session();

    /**
     * Sends (or stores) one message to its subscriber.
     *
     * @return the server's final reply, e.g. {@code 250 2.0.0 Ok: queued as 1A2B}, or what was written
     * @throws DeliveryException when it was not delivered, saying whether trying again may help and whether the
     *                           route itself failed (no connection, login or TLS), so no other message can go
     */
    String send(OutgoingMessage message) throws DeliveryException;

    /**
     * Whether a message with this Message-ID was delivered, when the transport can tell for sure (an outbox can;
     * an SMTP server cannot be asked). Used after a crash left a message "sending".
     */
    default Optional<Boolean> delivered(Subscriber subscriber, String messageId) {
        return Optional.empty();
    }

    /** One line for reports: {@code smtp://mail.example.org:587 (STARTTLS)} or the outbox folder. */
    String describe();

    @Override
    void close();
}
