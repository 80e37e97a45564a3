package org.daybrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.daybrief.batch.DigestRunner;
import org.daybrief.batch.Preload;
import org.daybrief.batch.RunReport;
import org.daybrief.config.JobSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief backfill}: a one-off run over an archive, one digest per day. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Reads the job's sources once and writes one digest per day from --from to --to, each with "
                + "the documents dated that day (in the job's zone). Days without documents get no digest and are "
                + "listed in the report. Run it again after a crash: it resumes where it stopped.")
final class BackfillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, paramLabel = "FILE", description = "a job file, e.g. jobs/archive.yml")
    Path job;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last day")
    String to;

    @Option(names = "--force", description = "rebuild a range that is already complete")
    boolean force;

    @Option(names = "--remote", description = "send the work to workers (./daybrief worker) through RabbitMQ; "
            + "needs SPRING_DATASOURCE_URL (PostgreSQL) and SPRING_RABBITMQ_HOST")
    boolean remote;

    @Override
    public Integer call() throws Exception {
        RemoteMode.requireSettings(remote);
        JobSettings settings = Jobs.loader().load(job);
        RemoteMode.requireFilesOnly(remote, List.of(settings));
        LocalDate first = Jobs.date("--from", from);
        LocalDate last = Jobs.date("--to", to);
        if (last.isBefore(first)) {
            throw new UsageException("--to " + last + " is before --from " + first
                    + " (fix: swap them)");
        }
        if (!remote) {
            Preload.forDigests(); // while the shell starts (a remote backfill's digests are the workers')
        }
        try (var context = Jobs.startSpring(spec, RemoteMode.profiles(remote))) {
            RunReport report = context.getBean(DigestRunner.class).backfill(settings, first, last, force);
            spec.commandLine().getOut().print(report.format());
            spec.commandLine().getOut().flush();
            return report.failed() ? Main.FAILED : Main.OK;
        }
    }
}
