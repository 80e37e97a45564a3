package org.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.daybrief.config.JobFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSchedulerTest {

    @TempDir
    Path dir;

    private Path jobs() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        return Files.createDirectories(dir.resolve("jobs"));
    }

    private static String job(String name, String cron) {
        return "name: " + name + "\nsources: [seeds/]\nschedule: { cron: \"" + cron + "\", zone: Asia/Tokyo }\n";
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void runsJobsOnScheduleForTodayInTheirZoneAndPicksUpNewJobFiles() throws Exception {
        Path jobs = jobs();
        Files.writeString(jobs.resolve("a.yml"), job("alpha", "* * * * * *"));
        List<String> runs = new CopyOnWriteArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        try (JobScheduler scheduler = new JobScheduler(jobs, new JobFileLoader(dir, Set.of("default")),
                (job, date) -> runs.add(job.name() + " " + date), Clock.systemUTC(), log::add)) {
            scheduler.start(Duration.ofMillis(200));
            assertThat(log).anyMatch(l -> l.startsWith("alpha: next run "));
            await(() -> runs.contains("alpha " + LocalDate.now(ZoneId.of("Asia/Tokyo"))));
            assertThat(runs).contains("alpha " + LocalDate.now(ZoneId.of("Asia/Tokyo")));

            Files.writeString(jobs.resolve("b.yml"), job("beta", "* * * * * *"));
            await(() -> runs.stream().anyMatch(r -> r.startsWith("beta ")));
            assertThat(runs).anyMatch(r -> r.startsWith("beta "));

            // A job file broken by an edit keeps its previous schedule, and the error names file and key.
            Files.writeString(jobs.resolve("b.yml"), job("beta", "* * * * * *") + "sumary: {}\n");
            await(() -> log.stream().anyMatch(l -> l.contains("sumary: unknown key")));
            assertThat(log).anyMatch(l -> l.contains("b.yml") && l.contains("keeping its previous schedule"));
            assertThat(scheduler.jobs().values()).extracting(j -> j.name()).containsExactlyInAnyOrder("alpha", "beta");
        }
    }

    @Test
    void aJobStillRunningIsNotStartedTwice() throws Exception {
        Path jobs = jobs();
        Files.writeString(jobs.resolve("slow.yml"), job("slow", "* * * * * *"));
        CountDownLatch release = new CountDownLatch(1);
        List<String> runs = new CopyOnWriteArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        try (JobScheduler scheduler = new JobScheduler(jobs, new JobFileLoader(dir, Set.of("default")),
                (job, date) -> {
                    runs.add(job.name());
                    release.await(20, TimeUnit.SECONDS);
                }, Clock.systemUTC(), log::add)) {
            scheduler.start(Duration.ofMillis(200));
            await(() -> runs.size() == 1);
            // An edit reschedules the job while its first run is still going: the new schedule must wait.
            Files.writeString(jobs.resolve("slow.yml"), job("slow", "* * * * * *") + "# edited\n");
            await(() -> log.stream().anyMatch(l -> l.contains("previous run still going")));
            assertThat(runs).hasSize(1);
            assertThat(log).anyMatch(l -> l.equals("slow: previous run still going; this fire is skipped"));
            release.countDown();
        }
    }
}
