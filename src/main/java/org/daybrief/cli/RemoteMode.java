package org.daybrief.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daybrief.batch.RemoteConfiguration;

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
