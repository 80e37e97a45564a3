package org.daybrief.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.daybrief.config.ConfigException;
import org.daybrief.config.JobFileLoader;
import org.daybrief.config.JobSettings;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs every job of a folder on its cron schedule, in its zone. Job files are re-read when they change, so an
 * edited or added job takes effect without a restart; a job file that no longer validates keeps its previous
 * schedule and its error is logged. A job never runs twice at once: a fire that finds the previous run of the
 * same job still going is skipped and logged.
 */
public final class JobScheduler implements AutoCloseable {

    /** Runs one job for one date; the scheduler's only way into the batch shell. */
    public interface JobRun {
        void run(JobSettings job, LocalDate date) throws Exception;
    }

    private final Path jobsDir;
    private final JobFileLoader loader;
    private final JobRun run;
    private final Clock clock;
    private final Consumer<String> log;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> scheduled = new HashMap<>();
    private final Map<Path, JobSettings> jobs = new TreeMap<>();
    private Map<Path, Long> seenVersions = Map.of();
    private ScheduledFuture<?> watcher;

    public JobScheduler(Path jobsDir, JobFileLoader loader, JobRun run, Clock clock, Consumer<String> log) {
        this.jobsDir = jobsDir;
        this.loader = loader;
        this.run = run;
        this.clock = clock;
        this.log = log;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("daybrief-serve-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(600);
        scheduler.setClock(clock);
    }

    /** Loads the jobs, schedules them, logs each next fire time, and watches the folder every {@code poll}. */
    public synchronized void start(Duration poll) {
        scheduler.initialize();
        reload();
        watcher = scheduler.scheduleWithFixedDelay(this::reloadIfChanged, clock.instant().plus(poll), poll);
    }

    /** The jobs now scheduled, by file. */
    public synchronized Map<Path, JobSettings> jobs() {
        return Map.copyOf(jobs);
    }

    synchronized void reloadIfChanged() {
        if (!versions().equals(seenVersions)) {
            log.accept("jobs folder changed; reloading " + jobsDir);
            reload();
        }
    }

    private synchronized void reload() {
        seenVersions = versions();
        Map<Path, JobSettings> next = new TreeMap<>();
        for (Path file : seenVersions.keySet()) {
            try {
                JobSettings job = loader.load(file);
                if (job.schedule().cron().isEmpty()) {
                    log.accept(file + ": no schedule.cron; not scheduled");
                    continue;
                }
                next.put(file, job);
            } catch (ConfigException e) {
                JobSettings previous = jobs.get(file);
                log.accept("daybrief: " + e.getMessage() + (previous != null ? " (keeping its previous schedule)" : ""));
                if (previous != null) {
                    next.put(file, previous);
                }
            }
        }
        scheduled.values().forEach(f -> f.cancel(false));
        scheduled.clear();
        jobs.clear();
        jobs.putAll(next);
        for (JobSettings job : jobs.values()) {
            CronTrigger trigger = new CronTrigger(job.schedule().cron(), job.schedule().zone());
            scheduled.put(job.name(), scheduler.schedule(() -> fire(job), trigger));
            logNext(job);
        }
        if (jobs.isEmpty()) {
            log.accept("no scheduled jobs in " + jobsDir);
        }
    }

    private void fire(JobSettings job) {
        ReentrantLock lock = running.computeIfAbsent(job.name(), k -> new ReentrantLock());
        if (!lock.tryLock()) {
            log.accept(job.name() + ": previous run still going; this fire is skipped");
            return;
        }
        try {
            LocalDate date = LocalDate.now(clock.withZone(job.schedule().zone()));
            log.accept(job.name() + ": running for " + date);
            run.run(job, date);
        } catch (Exception e) {
            log.accept(job.name() + ": run failed: " + e);
        } finally {
            lock.unlock();
            logNext(job);
        }
    }

    private void logNext(JobSettings job) {
        new CronSchedule(job.schedule().cron(), job.schedule().zone()).nextAfter(clock.instant())
                .ifPresent(next -> log.accept(job.name() + ": next run " + next));
    }

    private Map<Path, Long> versions() {
        Map<Path, Long> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(jobsDir)) {
            List<Path> ymls = new ArrayList<>(files.filter(p -> p.toString().endsWith(".yml")
                    || p.toString().endsWith(".yaml")).toList());
            for (Path p : ymls) {
                out.put(p, Files.getLastModifiedTime(p).toMillis() ^ Files.size(p));
            }
        } catch (IOException e) {
            log.accept("cannot read " + jobsDir + ": " + e.getMessage());
        }
        return out;
    }

    /** Stops firing; waits for runs in progress (the caller asks them to stop at their next chunk). */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.cancel(false);
        }
        scheduled.values().forEach(f -> f.cancel(false));
        scheduler.shutdown();
    }
}
