package org.daybrief.deliver.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.daybrief.digest.Digest;
import org.daybrief.digest.DigestDocument;
import org.daybrief.digest.Story;
import org.daybrief.render.MailBodies;

/**
 * Builds one subscriber's message from their (already filtered) digest.
 *
 * <ul>
 * <li>{@code html} subscribers get {@code multipart/alternative}: a {@code text/plain} part written for text
 *     (its own template) and a {@code text/html} part (the shared layout, inline CSS, a preheader);
 *     {@code text} subscribers get the text part alone. Both UTF-8.</li>
 * <li>The HTML is kept under {@link #DEFAULT_HTML_LIMIT} bytes (Gmail clips past 102 KB): stories are dropped
 *     from the end until it fits, and both parts say how many were left out.</li>
 * <li>Headers: From, To (display names RFC 2047-encoded when not ASCII), Subject (from the template, made one
 *     line and encoded), Date, a stable Message-ID {@code <daybrief.JOB.DATE.HASH@from-domain>} (the same job,
 *     date and subscriber always give the same id, so a resend is recognisable), List-Id,
 *     {@code List-Unsubscribe: <url>} with the subscriber's token (RFC 2369) and
 *     {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058). The same URL is a visible link at
 *     the end of the text part and of the HTML part (Gmail and Yahoo ask bulk senders for both).</li>
 * <li>The stories are the published digest's (see {@link DigestJsonReader}) with everything the digest page
 *     shows of them: title, summary, keywords, update line, sources.</li>
 * <li>Nothing from a document reaches a header except through {@link HeaderText} (one line, controls removed)
 *     and Jakarta Mail's encoder; addresses are validated plain addresses.</li>
 * <li>Links in the mail are the documents' http(s) URLs only: relative links to local files mean nothing in an
 *     inbox.</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class DigestMessages {

    /** Largest HTML part, in UTF-8 bytes. */
    public static final int DEFAULT_HTML_LIMIT = 100_000;
    private static final int SUBJECT_CHARS = 200;

    private final MailSettings settings;
    private final UnsubscribeTokens tokens;
    private final MailBodies bodies;
    private final Clock clock;
    private final int htmlLimit;

    public DigestMessages(MailSettings settings, UnsubscribeTokens tokens, Clock clock) {
        this(settings, tokens, new MailBodies(), clock, DEFAULT_HTML_LIMIT);
    }

    public DigestMessages(MailSettings settings, UnsubscribeTokens tokens, MailBodies bodies, Clock clock,
            int htmlLimit) {
        this.settings = settings;
        this.tokens = tokens;
        this.bodies = bodies;
        this.clock = clock;
        this.htmlLimit = htmlLimit;
    }

    /** {@code <daybrief.JOB.DATE.HASH@domain>}: the same for every (re)send of one digest to one subscriber. */
    public static String messageId(String job, LocalDate date, Subscriber subscriber, String fromAddress) {
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        String hash = Subscriber.hash(job + "\n" + day + "\n" + subscriber.key()).substring(0, 16);
        String safeJob = job.replaceAll("[^A-Za-z0-9-]", "-");
        return "<daybrief." + safeJob + "." + day + "." + hash + "@" + Addresses.domain(fromAddress) + ">";
    }

    /** The subject for a subscriber's digest: the template with its placeholders replaced, one line. */
    public String subject(Digest digest) {
        String top = digest.stories().isEmpty() ? "" : digest.stories().get(0).title();
        String s = settings.subject()
                .replace("{title}", digest.title())
                .replace("{date}", DateTimeFormatter.ISO_LOCAL_DATE.format(digest.date()))
                .replace("{count}", String.valueOf(digest.stories().size()))
                .replace("{top}", top == null ? "" : top);
        return HeaderText.oneLine(s, SUBJECT_CHARS);
    }

    /**
     * @param session  the transport's session
     * @param selected the subscriber's digest (see {@link StoryFilter}); not empty
     */
    public OutgoingMessage build(Session session, Digest selected, Subscriber subscriber) throws MessagingException {
        Digest digest = httpLinksOnly(selected);
        if (settings.unsubscribe().isEmpty()) {
            throw new IllegalStateException("no unsubscribe URL for " + digest.job() + ": every digest mail carries "
                    + "one, in its headers and as a visible link");
        }
        String unsubscribe = tokens.url(settings.unsubscribe(), digest.job(), subscriber.address());
        String messageId = messageId(digest.job(), digest.date(), subscriber, settings.fromAddress());

        int total = digest.stories().size();
        int kept = total;
        String html = null;
        if (subscriber.format() == MailFormat.HTML) {
            html = bodies.html(digest, unsubscribe, 0);
            if (utf8Length(html) > htmlLimit) {
                kept = largestFitting(digest, unsubscribe);
                html = bodies.html(first(digest, kept), unsubscribe, total - kept);
            }
        }
        Digest shown = first(digest, kept);
        String text = bodies.text(shown, unsubscribe, total - kept);

        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(address(settings.fromAddress(), settings.fromName()));
        message.setRecipient(Message.RecipientType.TO, address(subscriber.address(), subscriber.name()));
        message.setSubject(subject(shown), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        String listHost = Addresses.domain(settings.fromAddress());
        message.setHeader("List-Id", "<" + digest.job().replaceAll("[^A-Za-z0-9-]", "-") + ".daybrief." + listHost
                + ">");
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        if (html == null) {
            message.setText(text, "UTF-8", "plain");
        } else {
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, "UTF-8", "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            // Least preferred first (RFC 2046): clients show the last part they can display.
            MimeMultipart alternative = new MimeMultipart("alternative", textPart, htmlPart);
            message.setContent(alternative);
        }
        message.saveChanges();
        return new OutgoingMessage(subscriber, messageId, message, kept, total - kept,
                html == null ? 0 : utf8Length(html));
    }

    /** The most stories whose HTML, with the "left out" line, fits the limit (at least one). */
    private int largestFitting(Digest digest, String unsubscribe) {
        int lo = 1;
        int hi = digest.stories().size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            String html = bodies.html(first(digest, mid), unsubscribe, digest.stories().size() - mid);
            if (utf8Length(html) <= htmlLimit) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(1, lo);
    }

    private static Digest first(Digest digest, int n) {
        return n >= digest.stories().size() ? digest
                : new Digest(digest.job(), digest.date(), digest.title(), digest.stories().subList(0, n),
                        digest.skipped());
    }

    private static Digest httpLinksOnly(Digest digest) {
        List<Story> stories = new ArrayList<>();
        for (Story story : digest.stories()) {
            List<DigestDocument> documents = story.documents().stream()
                    .map(d -> isHttp(d.link()) ? d : new DigestDocument(d.path(), d.title(), d.date(), d.source(),
                            "", d.language(), d.fallbackSplitter(), d.summary(), d.centrality()))
                    .toList();
            stories.add(new Story(story.title(), story.summary(), documents, story.summarySources(),
                    story.keywords(), story.score(), story.update()));
        }
        return new Digest(digest.job(), digest.date(), digest.title(), stories, digest.skipped(), digest.overview(),
                digest.topics(), digest.keywords());
    }

    private static boolean isHttp(String link) {
        String l = link.toLowerCase(Locale.ROOT);
        return l.startsWith("https://") || l.startsWith("http://");
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            return name == null || name.isEmpty() ? new InternetAddress(address, true)
                    : new InternetAddress(address, HeaderText.oneLine(name, 200), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A message whose Message-ID is ours: {@code saveChanges} would otherwise replace it with a random one. */
    static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
