package org.daybrief.deliver.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A suppression list in memory, for tests of the core (the job database's is tested in JdbcSuppressionsTest). */
final class MemorySuppressions implements Suppressions {

    private final Map<String, Suppression> entries = new TreeMap<>();
    private final Map<String, Streak> streaks = new TreeMap<>();

    private static String key(String job, String address) {
        return job + "|" + Suppressions.normalise(address);
    }

    @Override
    public Suppression suppress(String job, String address, How how, Instant when, String detail) {
        return find(job, address).orElseGet(() -> {
            Suppression s = new Suppression(job, address, how, when, detail);
            entries.put(key(job, address), s);
            return s;
        });
    }

    @Override
    public Optional<Suppression> find(String job, String address) {
        return Optional.ofNullable(entries.get(key(job, address)))
                .or(() -> Optional.ofNullable(entries.get(key(ALL_JOBS, address))));
    }

    @Override
    public List<Suppression> list(String job) {
        return entries.values().stream().filter(s -> s.job().equals(job) || s.job().equals(ALL_JOBS)).toList();
    }

    @Override
    public List<Suppression> resubscribe(String job, String address) {
        List<Suppression> removed = new ArrayList<>();
        Optional.ofNullable(entries.remove(key(job, address))).ifPresent(removed::add);
        Optional.ofNullable(entries.remove(key(ALL_JOBS, address))).ifPresent(removed::add);
        streaks.remove(key(job, address));
        return removed;
    }

    @Override
    public Optional<Suppression> permanentFailure(String job, String address, LocalDate runDate, String reply,
            Instant when) {
        Streak s = streaks.get(key(job, address));
        int runs = s == null ? 1 : s.lastDate().equals(runDate) ? s.runs() : s.runs() + 1;
        streaks.put(key(job, address), new Streak(job, Suppressions.normalise(address), runs, runDate, reply));
        return runs < BOUNCE_RUNS ? Optional.empty() : Optional.of(suppress(job, address, How.BOUNCE, when, reply));
    }

    @Override
    public void delivered(String job, String address) {
        streaks.remove(key(job, address));
    }

    @Override
    public List<Streak> streaks(String job) {
        return streaks.values().stream().filter(s -> s.job().equals(job)).toList();
    }
}
