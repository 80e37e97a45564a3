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

    private static String key(String job, LocalDate date, String subscriber) {
        return job + "|" + date + "|" + subscriber;
    }

    @Override
    public Optional<Entry> find(String job, LocalDate date, String subscriber) {
        return Optional.ofNullable(entries.get(key(job, date, subscriber)));
    }

    @Override
    public List<Entry> entries(String job, LocalDate date) {
        return new ArrayList<>(entries.values());
    }

    @Override
    public boolean claim(String job, LocalDate date, String subscriber, String messageId, Set<Status> from) {
        Entry e = entries.get(key(job, date, subscriber));
        if (e != null && !from.contains(e.status())) {
            return false;
        }
        entries.put(key(job, date, subscriber), new Entry(subscriber, Status.SENDING, messageId,
                e == null ? "" : e.reply(), e == null ? 0 : e.attempts(), Instant.now()));
        return true;
    }

    @Override
    public void sent(String job, LocalDate date, String subscriber, String reply, int attempts) {
        put(job, date, subscriber, Status.SENT, reply, attempts);
    }

    @Override
    public void failed(String job, LocalDate date, String subscriber, String reply, int attempts) {
        put(job, date, subscriber, Status.FAILED, reply, attempts);
    }

    @Override
    public void unknown(String job, LocalDate date, String subscriber, String note) {
        put(job, date, subscriber, Status.UNKNOWN, note, 0);
    }

    Status status(String subscriber) {
        return entries.values().stream().filter(e -> e.subscriber().equals(subscriber)).findFirst()
                .map(Entry::status).orElse(null);
    }

    private void put(String job, LocalDate date, String subscriber, Status status, String reply, int attempts) {
        Entry e = entries.get(key(job, date, subscriber));
        entries.put(key(job, date, subscriber), new Entry(subscriber, status, e.messageId(), reply,
                e.attempts() + attempts, Instant.now()));
    }
}
