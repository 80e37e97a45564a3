package org.daybrief.deliver.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.exceptions.FailException;

/**
 * Adds a DKIM signature (RFC 6376) to built messages, with Apache James jDKIM: rsa-sha256, relaxed/relaxed
 * canonicalisation, over {@value #SIGNED_HEADERS}. The message is signed as the bytes that will leave (its
 * {@code writeTo}), and the signed message is those same bytes behind the {@code DKIM-Signature} field, parsed
 * back: a parsed message is written out as it was read, so what the server receives is what was signed.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageSigner {

    /** The header fields signed, in the order of the {@code h=} tag. */
    public static final String SIGNED_HEADERS = "from:to:subject:date:message-id:list-unsubscribe:"
            + "list-unsubscribe-post";

    private final DkimSettings settings;
    private final String template;

    public MessageSigner(DkimSettings settings) {
        this.settings = settings;
        // jDKIM fills in bh= and b=; they must be present in the template
        this.template = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + settings.domain() + "; s=" + settings.selector()
                + "; h=" + SIGNED_HEADERS + "; bh=; b=;";
    }

    /** The message with a {@code DKIM-Signature} field first; everything else as it was. */
    public OutgoingMessage sign(Session session, OutgoingMessage message) throws MessagingException {
        byte[] raw;
        String signature;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.message().writeTo(out);
            raw = out.toByteArray();
            signature = new DKIMSigner(template, settings.privateKey()).sign(new ByteArrayInputStream(raw));
        } catch (IOException | FailException e) {
            throw new MessagingException("cannot DKIM-sign the message to " + message.subscriber().address() + ": "
                    + e.getMessage(), e);
        }
        // One tag a line (relaxed canonicalisation reads the folds as the single spaces they replace), so no line
        // comes near SMTP's 998-character limit.
        byte[] field = (signature.replace("; ", ";\r\n\t") + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[field.length + raw.length];
        System.arraycopy(field, 0, signed, 0, field.length);
        System.arraycopy(raw, 0, signed, field.length, raw.length);
        MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(signed));
        return new OutgoingMessage(message.subscriber(), message.messageId(), parsed, message.stories(),
                message.leftOut(), message.htmlBytes());
    }
}
