package org.daybrief.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.daybrief.batch.DigestRunner;
import org.daybrief.config.ConfigException;
import org.daybrief.schedule.JobScheduler;
import org.daybrief.web.DaybriefSite;
import org.daybrief.web.SiteJobs;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief serve}: stays up and runs each job on its schedule until stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs every job in jobs/ on its schedule.cron in its schedule.zone. Edited or added job files "
                + "are picked up without a restart. On SIGTERM a run in progress stops after its current chunk; "
                + "the next run of the same date resumes it.%nWith SERVER_PORT (server.port) set, also serves the "
                + "digest site from the jobs' output folders, the one-click unsubscribe endpoint, /actuator/health "
                + "and /actuator/prometheus.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs-dir", paramLabel = "DIR", defaultValue = "jobs",
            description = "where job files are (default: ${DEFAULT-VALUE})")
    Path jobsDir;

    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "30",
            description = "how often to look for changed job files (default: ${DEFAULT-VALUE})")
    int pollSeconds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(jobsDir)) {
            throw new ConfigException(jobsDir.toString(), "jobs", "folder not found", "create it with a job file");
        }
        Jobs.loader().loadAll(jobsDir); // every job file valid before the service starts
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        // With a port (server.port, SERVER_PORT) serve is also the digest site, unsubscribe endpoint and metrics.
        ConfigurableApplicationContext context = Jobs.startSpring(spec,
                DaybriefSite.wanted() ? new SiteJobs(jobsDir, Jobs.loader()) : null);
        DigestRunner runner = context.getBean(DigestRunner.class);
        JobScheduler scheduler = new JobScheduler(jobsDir, Jobs.loader(),
                (job, date) -> {
                    out.print(runner.run(job, date, false).format());
                    out.flush();
                }, Clock.systemDefaultZone(), line -> {
                    out.println(Instant.now() + " " + line);
                    out.flush();
                });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // The shell's own hook asks runs in progress to stop after their chunk; this one stops the firing,
            // waits for those runs, then closes the shell.
            scheduler.close();
            context.close();
            stopped.countDown();
        }, "daybrief-serve-stop"));
        scheduler.start(Duration.ofSeconds(Math.max(1, pollSeconds)));
        stopped.await();
        return Main.OK;
    }
}
