package org.daybrief.render;

import com.samskivert.mustache.Template;
import java.util.Objects;
import org.daybrief.digest.Digest;

/**
 * The bodies of a digest email ({@code templates/mail/html} and {@code templates/mail/txt}): the same stories as
 * the digest page (the HTML reuses the shared layout and {@code html/story}), plus an unsubscribe footer and,
 * when stories were cut to keep the message small, a line saying how many. Values are escaped as in
 * {@link DigestRenderer}. Immutable and thread-safe.
 */
public final class MailBodies {

    private final Template html = Templates.compile(Escaping.HTML, "mail/html");
    private final Template text = Templates.compile(Escaping.TEXT, "mail/txt");

    /** What the mail templates add to the digest's own view. */
    record MailView(String unsubscribe, String leftOut) {
    }

    /**
     * @param unsubscribe the subscriber's unsubscribe URL (already checked)
     * @param leftOut     stories of the subscriber's selection not in this message, 0 for none
     */
    public String html(Digest digest, String unsubscribe, int leftOut) {
        return execute(html, digest, unsubscribe, leftOut);
    }

    /** Plain text wrapped like {@code digest.txt}. */
    public String text(Digest digest, String unsubscribe, int leftOut) {
        return TextWrap.wrap(execute(text, digest, unsubscribe, leftOut), DigestRenderer.TEXT_WIDTH);
    }

    /** The mail values first, then the digest's view: a name not in the first is looked up in the second. */
    private static String execute(Template template, Digest digest, String unsubscribe, int leftOut) {
        java.io.StringWriter out = new java.io.StringWriter();
        template.execute(mail(unsubscribe, leftOut), DigestView.of(Objects.requireNonNull(digest, "digest")), out);
        return out.toString();
    }

    private static MailView mail(String unsubscribe, int leftOut) {
        String label = leftOut <= 0 ? "" : DigestView.count(leftOut, "more story was", "more stories were")
                + " left out of this email to keep it small; the full digest has them.";
        return new MailView(Objects.requireNonNull(unsubscribe, "unsubscribe"), label);
    }
}
