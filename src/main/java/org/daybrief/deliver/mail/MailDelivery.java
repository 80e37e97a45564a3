package org.daybrief.deliver.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daybrief.deliver.mail.DeliveryLedger.Entry;
import org.daybrief.deliver.mail.DeliveryLedger.Mailing;
import org.daybrief.deliver.mail.DeliveryLedger.Status;
import org.daybrief.deliver.mail.DeliveryReport.Outcome;
import org.daybrief.deliver.mail.DeliveryReport.Result;
import org.daybrief.deliver.mail.Suppressions.Suppression;
import org.daybrief.digest.Digest;

/**
 * Delivers one digest to a job's subscribers, each at most once, through a {@link MailTransport} and a
 * {@link DeliveryLedger}.
 *
 * <p>Per subscriber, in order: skip them if they are on the {@link Suppressions suppression list} (reported with
 * when and how they left); choose their stories ({@link StoryFilter}; none: no mail, reported); skip them if
 * the ledger says {@code sent}; build the message (DKIM-signed when the job has a key: {@link MessageSigner});
 * <b>claim</b> it in the ledger ({@code sending}, committed); hand it to the transport, retrying transient
 * failures with backoff ({@link RetryPolicy}); record {@code sent} with the server's reply, or {@code failed} with
 * the reply. A permanent refusal (5xx) costs that subscriber only, and one that blames the address
 * ({@link SmtpReplies#blamesAddress}) counts towards a bounce: {@value Suppressions#BOUNCE_RUNS} run dates in a row
 * of them suppress it ({@link Suppressions#permanentFailure}); an SMTP server's acceptance resets the count.
 * When the connection itself fails (the server cannot be reached, refuses the login or the TLS handshake)
 * delivery stops at once: the remaining subscribers are left untried (not claimed) for the next run, and the
 * report says what to fix ({@link DeliveryReport#stopped()}). Ledger entries are per route
 * ({@link MailTransport#route()}): what the outbox got says nothing about what the SMTP server got.
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
    private final Suppressions suppressions;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Optional<MessageSigner> signer;

    public MailDelivery(MailSettings settings, DigestMessages messages, StoryFilter filter, DeliveryLedger ledger,
            Suppressions suppressions, RetryPolicy retry, Clock clock) {
        this.settings = settings;
        this.messages = messages;
        this.filter = filter;
        this.ledger = ledger;
        this.suppressions = suppressions;
        this.retry = retry;
        this.clock = clock;
        this.signer = settings.dkim().map(MessageSigner::new);
    }

    /**
     * @param resendUnknown also send the messages a crash left {@code unknown} (same Message-ID)
     * @throws InterruptedException if interrupted while waiting to retry; the message stays claimed
     */
    public DeliveryReport deliver(Digest digest, MailTransport transport, boolean resendUnknown)
            throws MessagingException, InterruptedException {
        Mailing mailing = new Mailing(digest.job(), digest.date(), transport.route());
        List<Outcome> outcomes = new ArrayList<>();
        String stopped = ""; // why the route cannot deliver anything today (unreachable, login, TLS)
        for (Subscriber subscriber : settings.subscribers()) {
            String who = subscriber.address();
            String id = DigestMessages.messageId(mailing.job(), mailing.date(), subscriber, settings.fromAddress());
            Optional<Suppression> suppressed = suppressions.find(mailing.job(), subscriber.key());
            if (suppressed.isPresent()) {
                outcomes.add(new Outcome(who, Result.SUPPRESSED, 0, id, suppressed.get().describe()));
                continue;
            }
            Optional<Entry> entry = ledger.find(mailing, subscriber.key());
            Status status = entry.map(Entry::status).orElse(null);
            if (status == Status.SENT) {
                outcomes.add(new Outcome(who, Result.ALREADY_SENT, 0, id, "sent before: " + entry.get().reply()));
                continue;
            }
            Set<Status> claimable = EnumSet.of(Status.FAILED);
            if (status == Status.SENDING) {
                Optional<Boolean> delivered = transport.delivered(subscriber, entry.get().messageId());
                if (delivered.orElse(false)) {
                    ledger.sent(mailing, subscriber.key(), "found in outbox after a crash", 0);
                    outcomes.add(new Outcome(who, Result.ALREADY_SENT, 0, id, "found after a crash"));
                    continue;
                }
                if (delivered.isEmpty()) {
                    ledger.unknown(mailing, subscriber.key(), "a crash interrupted sending " + id);
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
            if (!stopped.isEmpty()) {
                outcomes.add(new Outcome(who, Result.NOT_TRIED, 0, id, "left for the next run (the connection "
                        + "failed, see above)"));
                continue;
            }
            OutgoingMessage message = messages.build(transport.session(), selected, subscriber);
            if (signer.isPresent()) {
                message = signer.get().sign(transport.session(), message);
            }
            if (!ledger.claim(mailing, subscriber.key(), id, claimable)) {
                outcomes.add(new Outcome(who, Result.ALREADY_SENT, 0, id, "taken by another run"));
                continue;
            }
            Attempt attempt = send(transport, message, mailing);
            outcomes.add(attempt.outcome());
            stopped = attempt.stopped();
        }
        return new DeliveryReport(mailing.job(), mailing.date(), transport.describe(), outcomes, stopped);
    }

    /**
     * Counts a permanent refusal by the SMTP server towards a bounce ({@link Suppressions#permanentFailure}) when it
     * blames the address ({@link SmtpReplies#blamesAddress}).
     *
     * @return what to add to the report when this refusal suppressed the address, else ""
     */
    private String bounce(Mailing mailing, String key, String reply) {
        if (mailing.route() != Route.SMTP || !SmtpReplies.blamesAddress(reply)) {
            return "";
        }
        return suppressions.permanentFailure(mailing.job(), key, mailing.date(), reply, clock.instant())
                .map(s -> "; refused " + Suppressions.BOUNCE_RUNS + " runs in a row: suppressed as bounced (no more "
                        + "mail; to undo: daybrief subscribers --job <job file> --resubscribe " + key + ")")
                .orElse("");
    }

    /** One subscriber's outcome and, when the route failed, why no other message can go. */
    private record Attempt(Outcome outcome, String stopped) {
        Attempt(Outcome outcome) {
            this(outcome, "");
        }
    }

    private Attempt send(MailTransport transport, OutgoingMessage message, Mailing mailing)
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
                ledger.sent(mailing, key, reply, attempt);
                if (mailing.route() == Route.SMTP) {
                    suppressions.delivered(mailing.job(), key);
                }
                return new Attempt(new Outcome(who, Result.SENT, message.stories(), message.messageId(),
                        reply + cut));
            } catch (DeliveryException e) {
                last = e;
                if (e.isConnectionFailure()) {
                    // Retrying cannot fix a password or a certificate; a wrong password tried again is one more
                    // failed login. The message was never handed over: "failed" lets the next run take it.
                    ledger.failed(mailing, key, e.reply(), attempt);
                    return new Attempt(new Outcome(who, Result.RETRY_LATER, message.stories(),
                            message.messageId(), e.reply()), e.reply());
                }
                if (!e.isTransient()) {
                    ledger.failed(mailing, key, e.reply(), attempt);
                    return new Attempt(new Outcome(who, Result.FAILED, message.stories(), message.messageId(),
                            e.reply() + bounce(mailing, key, e.reply())));
                }
            }
        }
        ledger.failed(mailing, key, last.reply(), retry.maxAttempts());
        String detail = last.reply() + " (after " + retry.maxAttempts() + " attempts)";
        Outcome outcome = new Outcome(who, Result.RETRY_LATER, message.stories(), message.messageId(), detail);
        // no reply at all, even after retries: the server went away; the others wait for the next run
        return new Attempt(outcome, last.code() == 0 ? "no reply from the server: " + last.reply() : "");
    }
}
