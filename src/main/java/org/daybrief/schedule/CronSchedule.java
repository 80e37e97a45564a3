package org.daybrief.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job's schedule: a Spring 6-field cron expression read in an IANA time zone, so that "0 0 7 * * *" fires at
 * 07:00 local time on both sides of a daylight-saving change. Immutable and thread-safe.
 */
public record CronSchedule(String cron, ZoneId zone) {

    public CronSchedule {
        CronExpression.parse(cron); // refuses a bad expression here, with Spring's message
    }

    /** The first fire time strictly after {@code after}, if the expression ever fires again. */
    public Optional<ZonedDateTime> nextAfter(Instant after) {
        return Optional.ofNullable(CronExpression.parse(cron).next(after.atZone(zone)));
    }
}
