package org.daybrief.deliver.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A ledger in memory, for tests of the core. */
final class MemoryLedger implements DeliveryLedger {

    final Map<String, Entry> entries = new TreeMap<>();

    private static String key(Mailing mailing, String subscriber) {
        return mailing.job() + "|" + mailing.date() + "|" + mailing.route() + "|" + subscriber;
    }

    @Override
    public Optional<Entry> find(Mailing mailing, String subscriber) {
        return Optional.ofNullable(entries.get(key(mailing, subscriber)));
    }

    @Override
    public List<Entry> entries(String job, LocalDate date) {
        return new ArrayList<>(entries.values());
    }

    @Override
    public boolean claim(Mailing mailing, String subscriber, String messageId, Set<Status> from) {
        Entry e = entries.get(key(mailing, subscriber));
        if (e != null && !from.contains(e.status())) {
            return false;
        }
        entries.put(key(mailing, subscriber), new Entry(mailing.route(), subscriber, Status.SENDING, messageId,
                e == null ? "" : e.reply(), e == null ? 0 : e.attempts(), Instant.now()));
        return true;
    }

    @Override
    public void sent(Mailing mailing, String subscriber, String reply, int attempts) {
        put(mailing, subscriber, Status.SENT, reply, attempts);
    }

    @Override
    public void failed(Mailing mailing, String subscriber, String reply, int attempts) {
        put(mailing, subscriber, Status.FAILED, reply, attempts);
    }

    @Override
    public void unknown(Mailing mailing, String subscriber, String note) {
        put(mailing, subscriber, Status.UNKNOWN, note, 0);
    }

    /** The subscriber's status on a route, or null when it has no entry there. */
    Status status(Route route, String subscriber) {
        return entries.values().stream().filter(e -> e.route() == route && e.subscriber().equals(subscriber))
                .findFirst().map(Entry::status).orElse(null);
    }

    /** The subscriber's status by SMTP. */
    Status status(String subscriber) {
        return status(Route.SMTP, subscriber);
    }

    private void put(Mailing mailing, String subscriber, Status status, String reply, int attempts) {
        Entry e = entries.get(key(mailing, subscriber));
        entries.put(key(mailing, subscriber), new Entry(mailing.route(), subscriber, status, e.messageId(), reply,
                e.attempts() + attempts, Instant.now()));
    }
}
