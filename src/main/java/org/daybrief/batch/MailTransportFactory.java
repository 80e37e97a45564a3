package org.daybrief.batch;

import java.nio.file.Path;
import org.daybrief.deliver.mail.MailTransport;

/** Opens the transport for one delivery run: the SMTP server when one is configured, else the digest's outbox. */
@FunctionalInterface
public interface MailTransportFactory {

    /** @param outbox the digest's {@code outbox/} folder, for the dry run */
    MailTransport open(Path outbox);
}
