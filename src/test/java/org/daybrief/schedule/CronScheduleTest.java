package org.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private final CronSchedule sevenInLondon = new CronSchedule("0 0 7 * * *", ZoneId.of("Europe/London"));

    @Test
    void sevenOClockStaysSevenLocalAcrossTheSpringChange() {
        // The clocks go forward on Sunday 2025-03-30 at 01:00 UTC.
        ZonedDateTime saturday = sevenInLondon.nextAfter(Instant.parse("2025-03-28T12:00:00Z")).orElseThrow();
        ZonedDateTime sunday = sevenInLondon.nextAfter(saturday.toInstant()).orElseThrow();
        assertThat(saturday.toInstant()).isEqualTo(Instant.parse("2025-03-29T07:00:00Z")); // GMT
        assertThat(sunday.toInstant()).isEqualTo(Instant.parse("2025-03-30T06:00:00Z"));   // BST: 07:00 local
        assertThat(sunday.getHour()).isEqualTo(7);
    }

    @Test
    void sevenOClockStaysSevenLocalAcrossTheAutumnChange() {
        // The clocks go back on Sunday 2025-10-26 at 01:00 UTC.
        ZonedDateTime saturday = sevenInLondon.nextAfter(Instant.parse("2025-10-24T12:00:00Z")).orElseThrow();
        ZonedDateTime sunday = sevenInLondon.nextAfter(saturday.toInstant()).orElseThrow();
        assertThat(saturday.toInstant()).isEqualTo(Instant.parse("2025-10-25T06:00:00Z")); // BST
        assertThat(sunday.toInstant()).isEqualTo(Instant.parse("2025-10-26T07:00:00Z"));   // GMT: 07:00 local
    }

    @Test
    void theZoneDecidesTheInstant() {
        CronSchedule newYork = new CronSchedule("0 30 6 * * MON-FRI", ZoneId.of("America/New_York"));
        // Friday 2025-11-07 after 12:00Z: next is Monday 06:30 EST = 11:30Z (the weekend is skipped).
        assertThat(newYork.nextAfter(Instant.parse("2025-11-07T12:00:00Z")).orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2025-11-10T11:30:00Z"));
    }

    @Test
    void aBadExpressionIsRefused() {
        assertThatThrownBy(() -> new CronSchedule("0 7 * *", ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
