package org.daybrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.daybrief.batch.DaybriefApplication;
import org.daybrief.config.ConfigException;
import org.daybrief.config.JobFileLoader;
import org.daybrief.summarize.Summarizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the job commands share: loading job files, reading dates, starting the Spring shell. */
final class Jobs {

    private Jobs() {
    }

    static JobFileLoader loader() {
        return new JobFileLoader(Path.of(""), Set.copyOf(Summarizer.METHODS));
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigException("(command line)", option, "'" + value + "' is not a date",
                    "write it as YYYY-MM-DD, e.g. 2025-09-22");
        }
    }

    static ConfigurableApplicationContext startSpring() {
        return new SpringApplicationBuilder(DaybriefApplication.class).run();
    }
}
