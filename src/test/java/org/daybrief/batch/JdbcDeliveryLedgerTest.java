package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.daybrief.deliver.mail.DeliveryLedger.Mailing;
import org.daybrief.deliver.mail.DeliveryLedger.Status;
import org.daybrief.deliver.mail.Route;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The ledger in a real H2 database: one entry per route, and a database from before routes migrated. */
class JdbcDeliveryLedgerTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 22);
    private static final Mailing OUTBOX = new Mailing("daily", DATE, Route.OUTBOX);
    private static final Mailing SMTP = new Mailing("daily", DATE, Route.SMTP);

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("daybrief"));
        dataSource.setUser("sa");
        jdbc = new JdbcTemplate(dataSource);
    }

    private JdbcDeliveryLedger ledger() {
        return new JdbcDeliveryLedger(dataSource, new DataSourceTransactionManager(dataSource));
    }

    @Test
    void aMessageWrittenToTheOutboxIsStillToBeSentBySmtp() {
        JdbcDeliveryLedger ledger = ledger();
        assertThat(ledger.claim(OUTBOX, "alice@example.org", "<id@example.org>", EnumSet.of(Status.FAILED))).isTrue();
        ledger.sent(OUTBOX, "alice@example.org", "written outbox/alice.eml", 1);

        assertThat(ledger.find(SMTP, "alice@example.org")).isEmpty();
        assertThat(ledger.claim(SMTP, "alice@example.org", "<id@example.org>", EnumSet.of(Status.FAILED))).isTrue();
        assertThat(ledger.claim(SMTP, "alice@example.org", "<id@example.org>", EnumSet.of(Status.FAILED)))
                .as("claimed once per route").isFalse();
        ledger.sent(SMTP, "alice@example.org", "250 2.0.0 Ok", 1);
        assertThat(ledger.entries("daily", DATE)).extracting(e -> e.route() + " " + e.status() + " " + e.reply())
                .containsExactly("OUTBOX SENT written outbox/alice.eml", "SMTP SENT 250 2.0.0 Ok");
    }

    @Test
    void aLedgerFromBeforeRoutesKeepsEachRowOnTheRouteThatMadeIt() {
        jdbc.execute("""
                CREATE TABLE DAYBRIEF_DELIVERY (
                  JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, SUBSCRIBER VARCHAR(254) NOT NULL,
                  STATUS VARCHAR(10) NOT NULL, MESSAGE_ID VARCHAR(400) NOT NULL, SMTP_REPLY VARCHAR(1000) NOT NULL,
                  ATTEMPTS INTEGER NOT NULL, UPDATED TIMESTAMP NOT NULL,
                  PRIMARY KEY (JOB_NAME, RUN_DATE, SUBSCRIBER))""");
        String insert = "INSERT INTO DAYBRIEF_DELIVERY VALUES ('daily', DATE '2025-09-22', ?, ?, '<m>', ?, 1, "
                + "TIMESTAMP '2025-09-22 07:00:00')";
        jdbc.update(insert, "alice@example.org", "sent", "written /out/daily/2025-09-22/outbox/alice.eml");
        jdbc.update(insert, "bob@example.org", "sent", "found in outbox after a crash");
        jdbc.update(insert, "carol@example.org", "sent", "250 2.0.0 Ok: queued as 4bQ1");
        jdbc.update(insert, "dave@example.org", "unknown", "a crash interrupted sending <m>");
        jdbc.update(insert, "erin@example.org", "failed", "550 5.1.1 User unknown");

        JdbcDeliveryLedger ledger = ledger();
        assertThat(ledger.entries("daily", DATE)).extracting(e -> e.route() + " " + e.subscriber() + " "
                + e.status()).containsExactly(
                        "OUTBOX alice@example.org SENT", "OUTBOX bob@example.org SENT",
                        "SMTP carol@example.org SENT", "SMTP dave@example.org UNKNOWN", "SMTP erin@example.org FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE "
                + "'DAYBRIEF_DELIVERY%'", Integer.class)).as("the old table is gone").isEqualTo(1);
        // what the dry run wrote can now go by SMTP; what SMTP accepted cannot go again
        assertThat(ledger.claim(SMTP, "alice@example.org", "<m>", EnumSet.of(Status.FAILED))).isTrue();
        assertThat(ledger.claim(SMTP, "carol@example.org", "<m>", EnumSet.of(Status.FAILED))).isFalse();

        // a second start (another process, or the next run) changes nothing
        assertThat(ledger().entries("daily", DATE)).isEqualTo(ledger.entries("daily", DATE)).hasSize(6);
    }
}
