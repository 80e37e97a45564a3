package org.daybrief.deliver.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The record of what was delivered: one entry per (job, run date, route, subscriber), so that the dry run's
 * outbox and an SMTP server each deliver a digest once, independently ({@link Route}). Every method is its own
 * transaction and is committed when it returns, whatever transaction the caller is in: "sending" must be on
 * disk before the message leaves, and "sent" as soon as the server accepted it.
 */
public interface DeliveryLedger {

    /** Where a message stands. */
    enum Status {
        /** claimed, and being handed to the server: if a run finds this, that run crashed mid-send */
        SENDING,
        /** accepted by the server (or written to the outbox): never sent again on this route */
        SENT,
        /** refused or not reachable; a later run or {@code send} tries again */
        FAILED,
        /** a crash left it "sending": maybe delivered, maybe not; sent again only when asked */
        UNKNOWN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One digest delivered through one route: the entries of one subscriber list. */
    record Mailing(String job, LocalDate date, Route route) {
        public Mailing {
            java.util.Objects.requireNonNull(job, "job");
            java.util.Objects.requireNonNull(date, "date");
            java.util.Objects.requireNonNull(route, "route");
        }
    }

    /**
     * @param route      the route the entry is about
     * @param subscriber the subscriber's key ({@link Subscriber#key()})
     * @param reply      the server's last reply, or what happened
     * @param attempts   delivery attempts so far, over all runs
     */
    record Entry(Route route, String subscriber, Status status, String messageId, String reply, int attempts,
            Instant updated) {
    }

    Optional<Entry> find(Mailing mailing, String subscriber);

    /** Every entry of one digest, over all routes, by route then subscriber. */
    List<Entry> entries(String job, LocalDate date);

    /**
     * Marks the subscriber's message {@link Status#SENDING} if it has no entry yet or its status is one of
     * {@code from}; returns false (and changes nothing) otherwise, e.g. when another process got there first.
     */
    boolean claim(Mailing mailing, String subscriber, String messageId, Set<Status> from);

    void sent(Mailing mailing, String subscriber, String reply, int attempts);

    void failed(Mailing mailing, String subscriber, String reply, int attempts);

    void unknown(Mailing mailing, String subscriber, String note);
}
