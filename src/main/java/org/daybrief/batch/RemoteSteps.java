package org.daybrief.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.daybrief.config.JobSettings;
import org.daybrief.source.PathEntry;
import org.daybrief.source.SourceEntry;
import org.daybrief.ingest.SourceFile;
import org.daybrief.ingest.SourceScanner;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.stereotype.Component;

/**
 * The manager's steps of a remote run ({@code --remote}): the summarize step split into partitions of the job's
 * documents, and a backfill's digest step split into days, each partition sent as a request (its description
 * only) through RabbitMQ to the workers. The manager polls the shared JobRepository until every partition has
 * ended, and gives up after a time that grows with the sources, so it never waits forever (no worker running, a
 * lost host): the run then ends FAILED and the same command resumes it, running only the unfinished partitions.
 */
@Component
@Profile(RemoteConfiguration.PROFILE)
class RemoteSteps {

    /** Bytes of sources per partition (about a minute or two of a 2-core worker on news text). */
    static final long DEFAULT_PARTITION_BYTES = 128L << 20;
    /** At least this many partitions, so a small archive still spreads over a few workers. */
    static final int MIN_PARTITIONS = 4;
    static final int MAX_PARTITIONS = 100_000;
    /** Give-up time: a floor, plus the sources at this rate (a slow single worker). */
    static final Duration BASE_TIMEOUT = Duration.ofMinutes(8);
    static final long SLOWEST_BYTES_PER_SECOND = 1L << 20;

    private final RemotePartitioningManagerStepBuilderFactory managers;
    private final DirectChannel requests;
    private final StateStore store;
    private final long partitionBytes;
    private final Duration pollInterval;
    private final Duration timeout;

    RemoteSteps(RemotePartitioningManagerStepBuilderFactory managers,
            @Qualifier("partitionRequests") DirectChannel requests, StateStore store, Environment env) {
        this.managers = managers;
        this.requests = requests;
        this.store = store;
        this.partitionBytes = Math.max(1, env.getProperty("daybrief.remote.partition-kb", Long.class,
                DEFAULT_PARTITION_BYTES >> 10)) << 10;
        this.pollInterval = env.getProperty("daybrief.remote.poll", Duration.class, Duration.ofSeconds(2));
        this.timeout = env.getProperty("daybrief.remote.timeout", Duration.class);
    }

    /** The summarize step: the documents split by a stable hash of their paths into partitions of the sources' size. */
    Step summarize(JobSettings settings, Path workDir, LocalDate from, LocalDate to, boolean edition) {
        long bytes = sourceBytes(settings, workDir);
        int count = partitionCount(bytes, partitionBytes);
        PartitionedRun run = new PartitionedRun(settings.file().toAbsolutePath().normalize(), workDir, from, to);
        Partitioner partitioner = gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                partitions.put(key(i), new SourcePartition(run, edition, i, count).toContext());
            }
            return partitions;
        };
        Duration giveUp = timeout != null ? timeout
                : BASE_TIMEOUT.plusSeconds(bytes / SLOWEST_BYTES_PER_SECOND);
        return manager("summarize", SummarizePartitionStep.NAME, partitioner, count, giveUp);
    }

    /** A backfill's digest step: one partition per day that has documents, once every document is stored. */
    Step digest(JobSettings settings, Path workDir, LocalDate from, LocalDate to) {
        PartitionedRun run = new PartitionedRun(settings.file().toAbsolutePath().normalize(), workDir, from, to);
        Partitioner partitioner = gridSize -> {
            List<LocalDate> dates = store.runDates(settings.name(), from, to);
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (LocalDate date : dates) {
                partitions.put(date.toString(),
                        new DayPartition(run, date, date.equals(dates.get(0))).toContext());
            }
            return partitions;
        };
        int days = (int) Math.min(MAX_PARTITIONS, from.datesUntil(to.plusDays(1)).count());
        Duration giveUp = timeout != null ? timeout : BASE_TIMEOUT.plusMinutes(days);
        return manager("digest", RemoteWorkerConfiguration.DIGEST_PARTITION, partitioner, days, giveUp);
    }

    private Step manager(String name, String workerStep, Partitioner partitioner, int gridSize, Duration giveUp) {
        return managers.get(name)
                .partitioner(workerStep, partitioner)
                .gridSize(gridSize)
                .outputChannel(requests)
                .pollInterval(pollInterval.toMillis())
                .timeout(giveUp.toMillis())
                .listener(new TimeoutExplained(giveUp))
                .build();
    }

    static int partitionCount(long sourceBytes, long partitionBytes) {
        long n = (sourceBytes + partitionBytes - 1) / partitionBytes;
        return (int) Math.max(MIN_PARTITIONS, Math.min(MAX_PARTITIONS, n));
    }

    /** Zero-padded, so the partitions' step executions list in order. */
    private static String key(int i) {
        return String.format("p%05d", i);
    }

    private static long sourceBytes(JobSettings settings, Path workDir) {
        long bytes = 0;
        List<String> paths = settings.sources().stream().filter(PathEntry.class::isInstance)
                .map(SourceEntry::location).toList();
        for (SourceFile f : new SourceScanner(workDir).scan(paths)) {
            try {
                bytes += f.file() == null ? 0 : Files.size(f.file());
            } catch (IOException e) {
                // counted as empty; the worker reports the file
            }
        }
        return bytes;
    }

    /** A manager step that gave up waiting says why in the run report, and what to do. */
    private static final class TimeoutExplained implements StepExecutionListener {

        private final Duration giveUp;

        TimeoutExplained(Duration giveUp) {
            this.giveUp = giveUp;
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            List<Throwable> failures = step.getFailureExceptions();
            if (failures.removeIf(TimeoutException.class::isInstance)) {
                failures.add(new IllegalStateException("step " + step.getStepName() + ": partitions not finished "
                        + "after " + Progress.formatDuration(giveUp.toSeconds()) + "; is a worker running "
                        + "(./daybrief worker, on the same broker and database)? Run the same command again to "
                        + "resume: only unfinished partitions run"));
            }
            return null;
        }
    }
}
