package org.daybrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.daybrief.batch.DigestRunner;
import org.daybrief.batch.Preload;
import org.daybrief.batch.RunReport;
import org.daybrief.config.JobFileLoader;
import org.daybrief.config.JobSettings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief run}: one digest per job for one run date. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Builds one digest for one run date (default: today in the job's zone).%n"
                + "Without --job, runs every job file in jobs/.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "FILE", description = "a job file, e.g. jobs/daily.yml")
    Path job;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the run date")
    String date;

    @Option(names = "--force", description = "rebuild a date whose digest is already complete")
    boolean force;

    @Option(names = "--jobs-dir", paramLabel = "DIR", defaultValue = "jobs", description = "where job files are "
            + "(default: ${DEFAULT-VALUE})")
    Path jobsDir;

    @Option(names = "--remote", description = "send the work to workers (./daybrief worker) through RabbitMQ; "
            + "needs SPRING_DATASOURCE_URL (PostgreSQL) and SPRING_RABBITMQ_HOST")
    boolean remote;

    @Override
    public Integer call() throws Exception {
        RemoteMode.requireSettings(remote);
        // Settings are checked before anything starts: a bad job file costs nothing.
        JobFileLoader loader = Jobs.loader();
        List<JobSettings> jobs = job != null ? List.of(loader.load(job)) : loader.loadAll(jobsDir);
        RemoteMode.requireFilesOnly(remote, jobs);
        LocalDate runDate = date == null ? null : Jobs.date("--date", date);
        List<RunReport> reports = new ArrayList<>();
        Preload.forDigests(); // while the shell starts
        try (ConfigurableApplicationContext context = Jobs.startSpring(spec, RemoteMode.profiles(remote))) {
            DigestRunner runner = context.getBean(DigestRunner.class);
            for (JobSettings settings : jobs) {
                LocalDate d = runDate != null ? runDate : LocalDate.now(settings.schedule().zone());
                RunReport report = runner.run(settings, d, force);
                spec.commandLine().getOut().print(report.format());
                spec.commandLine().getOut().flush();
                reports.add(report);
            }
        }
        return reports.stream().anyMatch(RunReport::failed) ? Main.FAILED : Main.OK;
    }
}
