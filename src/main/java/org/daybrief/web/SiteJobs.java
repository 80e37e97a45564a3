package org.daybrief.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.daybrief.config.ConfigException;
import org.daybrief.config.JobFileLoader;
import org.daybrief.config.JobSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs the site serves: every job file in {@code serve}'s jobs folder, read again on each request so an
 * edited or added job shows without a restart. While the folder holds a bad file, the jobs last read well stay
 * (as the scheduler keeps their schedules), and the error is logged once. Thread-safe.
 */
public final class SiteJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SiteJobs.class);

    private final Path jobsDir;
    private final JobFileLoader loader;
    private volatile List<JobSettings> lastGood = List.of();
    private volatile String lastError = "";

    public SiteJobs(Path jobsDir, JobFileLoader loader) {
        this.jobsDir = Objects.requireNonNull(jobsDir, "jobsDir");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The jobs, in file-name order. */
    public List<JobSettings> all() {
        try {
            lastGood = loader.loadAll(jobsDir);
            lastError = "";
        } catch (ConfigException e) {
            if (!e.getMessage().equals(lastError)) {
                LOG.warn("site: {} (serving the jobs last read well)", e.getMessage());
                lastError = e.getMessage();
            }
        }
        return lastGood;
    }

    /** The job of that name, if there is one. */
    public Optional<JobSettings> named(String name) {
        return all().stream().filter(j -> j.name().equals(name)).findFirst();
    }
}
