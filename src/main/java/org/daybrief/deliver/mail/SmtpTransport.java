package org.daybrief.deliver.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;

/**
 * Sends through an SMTP server with Jakarta Mail: one connection for the run, opened at the first message and
 * opened again after any failure (a refused recipient or a dropped connection leaves the session in a state not
 * worth trusting). Each message goes to its one subscriber (the envelope recipient is the To address, never a
 * list). Timeouts default to 30 s for connect, read and write unless {@code mail.<protocol>.*timeout} is set.
 * A failure while connecting (unreachable, TLS, login) is a failure of the connection, not of the message
 * ({@link DeliveryException#isConnectionFailure()}).
 */
public final class SmtpTransport implements MailTransport {

    private static final String TIMEOUT_MS = "30000";

    private final SmtpSettings settings;
    private final Session session;
    private Transport transport;

    public SmtpTransport(SmtpSettings settings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("no SMTP host: use the outbox instead");
        }
        this.settings = settings;
        Properties props = new Properties();
        String p = "mail." + settings.protocol() + ".";
        props.setProperty(p + "connectiontimeout", TIMEOUT_MS);
        props.setProperty(p + "timeout", TIMEOUT_MS);
        props.setProperty(p + "writetimeout", TIMEOUT_MS);
        if (!settings.username().isEmpty()) {
            props.setProperty(p + "auth", "true");
        }
        props.putAll(settings.properties());
        this.session = Session.getInstance(props);
    }

    @Override
    public Route route() {
        return Route.SMTP;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(OutgoingMessage message) throws DeliveryException {
        if (transport == null || !transport.isConnected()) {
            try {
                transport = session.getTransport(settings.protocol());
                transport.connect(settings.host(), settings.port() > 0 ? settings.port() : -1,
                        settings.username().isEmpty() ? null : settings.username(),
                        settings.password().isEmpty() ? null : settings.password());
            } catch (MessagingException | RuntimeException e) {
                close();
                throw SmtpReplies.connectionFailure(e, settings);
            }
        }
        try {
            Address[] to = message.message().getRecipients(jakarta.mail.Message.RecipientType.TO);
            transport.sendMessage(message.message(), to);
            String reply = SmtpReplies.lastReply(transport);
            return reply.isEmpty() ? "250 accepted" : reply;
        } catch (MessagingException | RuntimeException e) {
            close();
            DeliveryException failure = SmtpReplies.classify(e);
            throw failure.code() == SmtpReplies.AUTHENTICATION_REQUIRED ? SmtpReplies.connectionFailure(e, settings) : failure;
        }
    }

    @Override
    public String describe() {
        return settings.protocol() + "://" + settings.host() + (settings.port() > 0 ? ":" + settings.port() : "")
                + (settings.protocol().equals("smtps") ? " (TLS)" : settings.startTls() ? " (STARTTLS)" : "")
                + (settings.username().isEmpty() ? "" : " as " + settings.username());
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}
