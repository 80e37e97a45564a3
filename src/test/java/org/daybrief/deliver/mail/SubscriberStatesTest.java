package org.daybrief.deliver.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.daybrief.deliver.mail.Suppressions.How;
import org.junit.jupiter.api.Test;

/** What `daybrief subscribers` prints for each address. */
class SubscriberStatesTest {

    private static final Instant SEP_22 = Instant.parse("2025-09-22T18:00:00Z");

    @Test
    void eachListedAddressThenTheJobsOwnSuppressionsOfAddressesNoLongerListed() {
        MemorySuppressions suppressions = new MemorySuppressions();
        suppressions.suppress("daily", "Bob@example.org", How.ONE_CLICK, SEP_22, "");
        suppressions.suppress(Suppressions.ALL_JOBS, "carol@example.org", How.PAGE, SEP_22, "");
        suppressions.suppress("daily", "old@example.org", How.MANUAL, SEP_22, "");
        suppressions.suppress(Suppressions.ALL_JOBS, "elsewhere@example.org", How.PAGE, SEP_22, "");
        suppressions.suppress("weekly", "alice@example.org", How.MANUAL, SEP_22, "");
        suppressions.permanentFailure("daily", "dave@example.org", LocalDate.of(2025, 9, 23), "550 5.1.1 unknown",
                SEP_22);

        List<SubscriberStates.State> states = SubscriberStates.of("daily", List.of(
                Subscriber.of("alice@example.org", ""), Subscriber.of("BOB@example.org", "Bob"),
                Subscriber.of("carol@example.org", ""), Subscriber.of("dave@example.org", "")), suppressions);

        assertThat(SubscriberStates.format(states)).isEqualTo("""
                  alice@example.org  subscribed
                  BOB@example.org    unsubscribed 2025-09-22 (one-click)
                  carol@example.org  unsubscribed from all jobs 2025-09-22 (page)
                  dave@example.org   subscribed; refused 1 of 3 runs in a row before a bounce, last 2025-09-23: \
                550 5.1.1 unknown
                  old@example.org    unsubscribed 2025-09-22 (manual); not in the job file
                """);
    }
}
