package org.daybrief.deliver.mail;

import jakarta.mail.Session;
import java.util.Optional;

/** A transport that passes every call on to another one; tests override the call they make fail. */
public class ForwardingTransport implements MailTransport {

    private final MailTransport target;

    public ForwardingTransport(MailTransport target) {
        this.target = target;
    }

    @Override
    public Route route() {
        return target.route();
    }

    @Override
    public Session session() {
        return target.session();
    }

    @Override
    public String send(OutgoingMessage message) throws DeliveryException {
        return target.send(message);
    }

    @Override
    public Optional<Boolean> delivered(Subscriber subscriber, String messageId) {
        return target.delivered(subscriber, messageId);
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public void close() {
        target.close();
    }
}
