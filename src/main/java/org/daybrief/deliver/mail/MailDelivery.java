package org.daybrief.deliver.mail;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daybrief.deliver.mail.DeliveryLedger.Entry;
import org.daybrief.deliver.mail.DeliveryLedger.Status;
import org.daybrief.deliver.mail.DeliveryReport.Outcome;
import org.daybrief.deliver.mail.DeliveryReport.Result;
import org.daybrief.digest.Digest;

/**
 * Delivers one digest to a job's subscribers, each at most once, through a {@link MailTransport} and a
 * {@link DeliveryLedger}.
 *
 * <p>Per subscriber, in order: choose their stories ({@link StoryFilter}; none: no mail, reported); skip them if
 * the ledger says {@code sent}; build the message; <b>claim</b> it in the ledger ({@code sending}, committed);
 * hand it to the transport, retrying transient failures with backoff ({@link RetryPolicy}); record {@code sent}
 * with the server's reply, or {@code failed} with the reply. A permanent refusal (5xx) costs that subscriber
 * only. When the server cannot be reached at all, the remaining subscribers are left untried (not claimed) for
 * the next run instead of each waiting out its own retries.
 *
 * <p><b>Crashes.</b> Exactly-once delivery across a crash is impossible to guarantee with SMTP: the server's
 * "250 accepted" and our commit of {@code sent} are two events, and a crash can fall between them. The ledger
 * makes every other case exact: a message recorded {@code sent} is never sent again (rerun, restart of the
 * batch job, or {@code daybrief send}), and a crash between two messages leaves the next one unclaimed, so the
 * rerun sends exactly the ones not yet sent. What remains is a message found {@code sending} by a later run:
 * <ul>
 * <li>If the transport can tell for sure (the outbox: the {@code .eml} with that Message-ID exists or not),
 *     it is recorded {@code sent} or sent now: exactly once.</li>
 * <li>Otherwise (SMTP) it is recorded {@code unknown} and <i>not</i> sent again by default: at-most-once. A
 *     duplicate digest reaches a reader who then has two, and readers who get duplicates mark newsletters as
 *     spam, which hurts delivery to everyone on the list; a lost one affects one reader on one day, needs a
 *     crash inside a single SMTP exchange, and is reported with its stable Message-ID, which the operator can
 *     look up in the mail server's log (Postfix logs {@code message-id=<...>}) and then resend with
 *     {@code daybrief send --resend-unknown}. A resend carries the same Message-ID, so clients that
 *     de-duplicate by Message-ID show it once even if the first copy did arrive.</li>
 * </ul>
 *
 * <p>One instance per run; not thread-safe (the transport is not).
 */
public final class MailDelivery {

    private final MailSettings settings;
    private final DigestMessages messages;
    private final StoryFilter filter;
    private final DeliveryLedger ledger;
    private final RetryPolicy retry;

    public MailDelivery(MailSettings settings, DigestMessages messages, StoryFilter filter, DeliveryLedger ledger,
            RetryPolicy retry) {
        this.settings = settings;
        this.messages = messages;
        this.filter = filter;
        this.ledger = ledger;
        this.retry = retry;
    }

    /**
     * @param resendUnknown also send the messages a crash left {@code unknown} (same Message-ID)
     * @throws InterruptedException if interrupted while waiting to retry; the message stays claimed
     */
    public DeliveryReport deliver(Digest digest, MailTransport transport, boolean resendUnknown)
            throws MessagingException, InterruptedException {
        String job = digest.job();
        List<Outcome> outcomes = new ArrayList<>();
        boolean unreachable = false;
        for (Subscriber subscriber : settings.subscribers()) {
            String who = subscriber.address();
            String id = DigestMessages.messageId(job, digest.date(), subscriber, settings.fromAddress());
            Optional<Entry> entry = ledger.find(job, digest.date(), subscriber.key());
            Status status = entry.map(Entry::status).orElse(null);
            if (status == Status.SENT) {
                outcomes.add(new Outcome(who, Result.ALREADY_SENT, 0, id, "sent before: " + entry.get().reply()));
                continue;
            }
            Set<Status> claimable = EnumSet.of(Status.FAILED);
            if (status == Status.SENDING) {
                Optional<Boolean> delivered = transport.delivered(subscriber, entry.get().messageId());
                if (delivered.orElse(false)) {
                    ledger.sent(job, digest.date(), subscriber.key(), "found in outbox after a crash", 0);
                    outcomes.add(new Outcome(who, Result.ALREADY_SENT, 0, id, "found after a crash"));
                    continue;
                }
                if (delivered.isEmpty()) {
                    ledger.unknown(job, digest.date(), subscriber.key(), "a crash interrupted sending " + id);
                    status = Status.UNKNOWN;
                } else {
                    claimable.add(Status.SENDING);
                }
            }
            if (status == Status.UNKNOWN) {
                if (!resendUnknown) {
                    outcomes.add(new Outcome(who, Result.UNKNOWN, 0, id, "a crash interrupted sending " + id
                            + ": not sent again (check the mail server's log; resend with --resend-unknown)"));
                    continue;
                }
                claimable.add(Status.UNKNOWN);
            }
            Digest selected = filter.apply(digest, subscriber);
            if (selected.stories().isEmpty()) {
                outcomes.add(new Outcome(who, Result.NO_STORIES, 0, id, "no story matches this subscriber's "
                        + "filters today: no mail"));
                continue;
            }
            if (unreachable) {
                outcomes.add(new Outcome(who, Result.NOT_TRIED, 0, id, "not tried: the server could not be reached"));
                continue;
            }
            OutgoingMessage message = messages.build(transport.session(), selected, subscriber);
            if (!ledger.claim(job, digest.date(), subscriber.key(), id, claimable)) {
                outcomes.add(new Outcome(who, Result.ALREADY_SENT, 0, id, "taken by another run"));
                continue;
            }
            Outcome outcome = send(transport, message, job, digest);
            outcomes.add(outcome);
            unreachable = outcome.result() == Result.RETRY_LATER && outcome.detail().startsWith(UNREACHABLE);
        }
        return new DeliveryReport(job, digest.date(), transport.describe(), outcomes);
    }

    private static final String UNREACHABLE = "no reply from the server: ";

    private Outcome send(MailTransport transport, OutgoingMessage message, String job, Digest digest)
            throws InterruptedException {
        String key = message.subscriber().key();
        String who = message.subscriber().address();
        String cut = message.leftOut() > 0 ? " (" + message.leftOut() + " stories cut to fit)" : "";
        DeliveryException last = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            if (attempt > 1) {
                Duration wait = retry.delayBefore(attempt);
                retry.sleeper().sleep(wait);
            }
            try {
                String reply = transport.send(message);
                ledger.sent(job, digest.date(), key, reply, attempt);
                return new Outcome(who, Result.SENT, message.stories(), message.messageId(), reply + cut);
            } catch (DeliveryException e) {
                last = e;
                if (!e.isTransient()) {
                    ledger.failed(job, digest.date(), key, e.reply(), attempt);
                    return new Outcome(who, Result.FAILED, message.stories(), message.messageId(), e.reply());
                }
            }
        }
        ledger.failed(job, digest.date(), key, last.reply(), retry.maxAttempts());
        String detail = (last.code() == 0 ? UNREACHABLE : "") + last.reply() + " (after " + retry.maxAttempts()
                + " attempts)";
        return new Outcome(who, Result.RETRY_LATER, message.stories(), message.messageId(), detail);
    }
}
