package org.daybrief.deliver.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's {@code email:} section, validated.
 *
 * @param enabled     whether a run delivers the digest by mail
 * @param fromAddress the sender's address ({@link Addresses}); its domain names the Message-IDs
 * @param fromName    the sender's display name, may be empty
 * @param subject     subject template: {@code {title}}, {@code {date}}, {@code {count}} (stories in this
 *                    subscriber's mail) and {@code {top}} (the first story's title) are replaced
 * @param unsubscribe unsubscribe URL template (http or https) containing {@code {token}}; {@code {job}} and
 *                    {@code {address}} (percent-encoded) may also appear
 * @param subscribers the recipients, in the order they are served
 * @param dkim        when present, every message is DKIM-signed with it ({@link MessageSigner})
 */
public record MailSettings(boolean enabled, String fromAddress, String fromName, String subject, String unsubscribe,
        List<Subscriber> subscribers, Optional<DkimSettings> dkim) {

    /** Settings without DKIM signing. */
    public MailSettings(boolean enabled, String fromAddress, String fromName, String subject, String unsubscribe,
            List<Subscriber> subscribers) {
        this(enabled, fromAddress, fromName, subject, unsubscribe, subscribers, Optional.empty());
    }

    public static final String DEFAULT_SUBJECT = "{title}";

    public MailSettings {
        Objects.requireNonNull(subject, "subject");
        subscribers = List.copyOf(subscribers);
        fromName = HeaderText.oneLine(fromName, 200);
        Objects.requireNonNull(dkim, "dkim");
    }

    /** No {@code email:} section. */
    public static MailSettings disabled() {
        return new MailSettings(false, "", "", DEFAULT_SUBJECT, "", List.of());
    }
}
