package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.daybrief.deliver.mail.Suppressions;
import org.daybrief.deliver.mail.Suppressions.How;
import org.daybrief.deliver.mail.Suppressions.Suppression;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The suppression list in a real H2 database: case-insensitive, per job or all jobs, bounces counted per date. */
class JdbcSuppressionsTest {

    private static final Instant SEP_22 = Instant.parse("2025-09-22T07:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 9, 22);

    @TempDir
    Path dir;

    private JdbcSuppressions suppressions;

    @BeforeEach
    void setUp() throws Exception {
        DataSource dataSource = dataSource();
        suppressions = new JdbcSuppressions(dataSource, new DataSourceTransactionManager(dataSource));
    }

    /** The job database: H2 in a file, as by default. */
    DataSource dataSource() throws Exception {
        return TestDatabases.h2(dir);
    }

    @Test
    void anAddressIsSuppressedWhateverItsCaseAndTheFirstEntryStands() {
        Suppression first = suppressions.suppress("daily", "Ana@Example.ORG", How.ONE_CLICK, SEP_22, "");
        Suppression again = suppressions.suppress("daily", "ana@example.org ", How.PAGE, SEP_22.plusSeconds(3600), "");

        assertThat(again).isEqualTo(first);
        assertThat(suppressions.find("daily", "ANA@example.org")).hasValueSatisfying(s -> {
            assertThat(s.address()).isEqualTo("ana@example.org");
            assertThat(s.describe()).isEqualTo("unsubscribed 2025-09-22 (one-click)");
        });
        assertThat(suppressions.isSuppressed("weekly", "ana@example.org")).as("another job").isFalse();
        assertThat(suppressions.list("daily")).extracting(Suppression::address).containsExactly("ana@example.org");
    }

    @Test
    void anAllJobsSuppressionAppliesToEveryJobAndResubscribeLiftsIt() {
        suppressions.suppress(Suppressions.ALL_JOBS, "bob@example.org", How.PAGE, SEP_22, "");
        assertThat(suppressions.find("weekly", "bob@example.org")).map(Suppression::describe)
                .hasValue("unsubscribed from all jobs 2025-09-22 (page)");
        assertThat(suppressions.list("daily")).extracting(Suppression::job).containsExactly("*");

        assertThat(suppressions.resubscribe("daily", "BOB@example.org")).extracting(Suppression::how)
                .containsExactly(How.PAGE);
        assertThat(suppressions.isSuppressed("daily", "bob@example.org")).isFalse();
        assertThat(suppressions.resubscribe("daily", "bob@example.org")).as("nothing left to lift").isEmpty();
    }

    @Test
    void threeRunDatesInARowOfPermanentFailuresBounceAndASuccessResetsTheCount() {
        String reply = "550 5.1.1 <carol@example.org>: user unknown";
        assertThat(suppressions.permanentFailure("daily", "carol@example.org", DAY, reply, SEP_22)).isEmpty();
        assertThat(suppressions.permanentFailure("daily", "carol@example.org", DAY, reply, SEP_22))
                .as("the same date again (a send after the run) is not another run").isEmpty();
        assertThat(suppressions.permanentFailure("daily", "carol@example.org", DAY.plusDays(1), reply, SEP_22))
                .isEmpty();
        assertThat(suppressions.streaks("daily")).extracting(s -> s.address() + " " + s.runs() + " " + s.lastDate())
                .containsExactly("carol@example.org 2 2025-09-23");

        suppressions.delivered("daily", "Carol@example.org");
        assertThat(suppressions.streaks("daily")).isEmpty();

        for (int i = 2; i < 4; i++) {
            assertThat(suppressions.permanentFailure("daily", "carol@example.org", DAY.plusDays(i), reply, SEP_22))
                    .isEmpty();
        }
        assertThat(suppressions.permanentFailure("daily", "carol@example.org", DAY.plusDays(4), "550 gone", SEP_22))
                .hasValueSatisfying(s -> {
                    assertThat(s.how()).isEqualTo(How.BOUNCE);
                    assertThat(s.describe()).isEqualTo("bounced 2025-09-22: 550 gone");
                });
        assertThat(suppressions.isSuppressed("daily", "carol@example.org")).isTrue();

        suppressions.resubscribe("daily", "carol@example.org");
        assertThat(suppressions.streaks("daily")).as("resubscribing starts the count again").isEmpty();
    }
}
