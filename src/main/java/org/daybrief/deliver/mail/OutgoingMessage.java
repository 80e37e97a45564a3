package org.daybrief.deliver.mail;

import jakarta.mail.internet.MimeMessage;

/**
 * One built message, ready for a {@link MailTransport}.
 *
 * @param subscriber the recipient
 * @param messageId  its Message-ID, with angle brackets
 * @param message    the message; its headers are final ({@code saveChanges} was called)
 * @param stories    stories in it
 * @param leftOut    stories of the subscriber's selection cut to keep the HTML under the size limit
 * @param htmlBytes  size of the HTML part in UTF-8 bytes, 0 for a text-only message
 */
public record OutgoingMessage(Subscriber subscriber, String messageId, MimeMessage message, int stories, int leftOut,
        int htmlBytes) {
}
