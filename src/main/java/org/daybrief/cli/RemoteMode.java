package org.daybrief.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daybrief.batch.RemoteConfiguration;
import org.daybrief.config.ConfigException;
import org.daybrief.config.JobSettings;
import org.daybrief.source.PathEntry;
import org.daybrief.source.SourceEntry;

/**
 * What {@code --remote} and {@code worker} need before anything starts: the shared job database (PostgreSQL) and
 * the broker, named in Spring Boot's own settings, as environment variables or {@code -D} system properties. A
 * missing one is exit 2 in one line naming what to set.
 */
final class RemoteMode {

    private RemoteMode() {
    }

    /** The Spring profiles of a manager ({@code --remote}), or none for a local run. */
    static String[] profiles(boolean remote) {
        return remote ? new String[] {RemoteConfiguration.PROFILE} : new String[0];
    }

    /** Checks the settings of a {@code --remote} run; nothing for a local one. */
    static void requireSettings(boolean remote) {
        if (remote) {
            requireSettings("--remote");
        }
    }

    /**
     * Partitions are shares of the job's files and archives, read by workers from a shared file system; feeds,
     * pages and mailboxes are read once per run, with the state (conditional GET, mailbox place) a run keeps, so a
     * job with them runs locally.
     */
    static void requireFilesOnly(boolean remote, List<JobSettings> jobs) {
        if (!remote) {
            return;
        }
        for (JobSettings job : jobs) {
            for (int i = 0; i < job.sources().size(); i++) {
                SourceEntry entry = job.sources().get(i);
                if (!(entry instanceof PathEntry)) {
                    throw new ConfigException(job.file().toString(), "sources[" + i + "]",
                            "'" + entry.location() + "' is not a file, folder or archive: --remote partitions "
                                    + "files and archives only",
                            "run this job without --remote, or put its feeds, pages and mailboxes in another job");
                }
            }
        }
    }

    static void requireSettings(String what) {
        List<String> missing = new ArrayList<>();
        String url = setting("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            missing.add("SPRING_DATASOURCE_URL (the PostgreSQL database every host shares, e.g. "
                    + "jdbc:postgresql://db-host:5432/daybrief" + (url == null ? "" : "; not " + url) + ")");
        }
        if (setting("spring.rabbitmq.host") == null) {
            missing.add("SPRING_RABBITMQ_HOST (the RabbitMQ broker, e.g. mq-host; with SPRING_RABBITMQ_USERNAME, "
                    + "_PASSWORD, _VIRTUAL_HOST as needed)");
        }
        if (!missing.isEmpty()) {
            throw new UsageException(what + " needs the shared job database and broker: set "
                    + String.join(" and ", missing));
        }
    }

    /** A Spring Boot setting as a system property or as its environment variable. */
    private static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
