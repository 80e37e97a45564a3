package org.daybrief.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.daybrief.config.JobFileLoader;
import org.daybrief.config.JobSettings;
import org.daybrief.summarize.Summarizer;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The run a partition belongs to, as a worker finds it again: the job file, the manager's working folder (which
 * the job's relative paths are relative to) and the run's dates. Workers read the same paths as the manager: a
 * shared file system or mount.
 *
 * @param jobFile the job file, absolute
 */
record PartitionedRun(Path jobFile, Path workDir, LocalDate from, LocalDate to) {

    /** The job as the worker reads it, with its paths resolved against the manager's folder. */
    JobSettings settings() {
        return new JobFileLoader(workDir, Set.copyOf(Summarizer.METHODS)).load(jobFile);
    }

    ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putString("jobFile", jobFile.toString());
        context.putString("workDir", workDir.toString());
        context.putString("from", from.toString());
        context.putString("to", to.toString());
        return context;
    }

    static PartitionedRun of(ExecutionContext context) {
        return new PartitionedRun(Path.of(context.getString("jobFile")), Path.of(context.getString("workDir")),
                LocalDate.parse(context.getString("from")), LocalDate.parse(context.getString("to")));
    }

    @Override
    public String toString() {
        return jobFile.getFileName() + " " + from + (to.equals(from) ? "" : ".." + to);
    }
}
