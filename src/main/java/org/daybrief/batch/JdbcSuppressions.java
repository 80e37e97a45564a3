package org.daybrief.batch;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daybrief.deliver.mail.Suppressions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suppression list in the job database: {@code DAYBRIEF_SUPPRESSION} (job or {@code *}, address → how, when,
 * detail) and {@code DAYBRIEF_BOUNCE} (job, address → permanent failures in a row, last run date, last reply).
 *
 * <p>As in {@link JdbcDeliveryLedger}: each write runs in a new transaction ({@code REQUIRES_NEW}), committed
 * before the method returns whatever step transaction the caller is in, and is an insert-if-absent or a
 * conditional update, so two processes sharing a PostgreSQL database cannot count one run twice or replace each
 * other's entry. Portable SQL: H2 and PostgreSQL. Addresses are stored normalised ({@link Suppressions#normalise}).
 */
@Component
public class JdbcSuppressions implements Suppressions {

    private static final int MAX_DETAIL = 1000;
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SUPPRESSION (
          JOB_NAME VARCHAR(100) NOT NULL, ADDRESS VARCHAR(254) NOT NULL, HOW VARCHAR(10) NOT NULL,
          SUPPRESSED_AT TIMESTAMP NOT NULL, DETAIL VARCHAR(1000) NOT NULL, PRIMARY KEY (JOB_NAME, ADDRESS))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_BOUNCE (
          JOB_NAME VARCHAR(100) NOT NULL, ADDRESS VARCHAR(254) NOT NULL, RUNS INTEGER NOT NULL,
          LAST_RUN_DATE DATE NOT NULL, LAST_REPLY VARCHAR(1000) NOT NULL, UPDATED TIMESTAMP NOT NULL,
          PRIMARY KEY (JOB_NAME, ADDRESS))"""
    };
    private static final String COLUMNS = "JOB_NAME, ADDRESS, HOW, SUPPRESSED_AT, DETAIL";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public JdbcSuppressions(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        SchemaStatements.execute(jdbc, SCHEMA); // several processes may start at once on an empty PostgreSQL
    }

    @Override
    public Suppression suppress(String job, String address, How how, Instant when, String detail) {
        String a = Suppressions.normalise(address);
        return own.execute(tx -> {
            Optional<Suppression> standing = standing(job, a);
            if (standing.isPresent()) {
                return standing.get();
            }
            try {
                jdbc.update("""
                        INSERT INTO DAYBRIEF_SUPPRESSION (JOB_NAME, ADDRESS, HOW, SUPPRESSED_AT, DETAIL)
                        SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (
                          SELECT 1 FROM DAYBRIEF_SUPPRESSION WHERE JOB_NAME = ? AND ADDRESS = ?)""",
                        job, a, how.key(), Timestamp.from(when), clip(detail), job, a);
            } catch (DuplicateKeyException e) {
                // another process suppressed it just now: theirs stands
            }
            return standing(job, a).orElseThrow();
        });
    }

    @Override
    public Optional<Suppression> find(String job, String address) {
        return own.execute(tx -> standing(job, Suppressions.normalise(address)));
    }

    /** In the caller's transaction: the job's own entry first, else the all-jobs one. */
    private Optional<Suppression> standing(String job, String normalised) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DAYBRIEF_SUPPRESSION WHERE ADDRESS = ? AND JOB_NAME IN (?, ?) "
                + "ORDER BY CASE WHEN JOB_NAME = ? THEN 0 ELSE 1 END", (rs, i) -> suppression(rs), normalised, job,
                ALL_JOBS, job).stream().findFirst();
    }

    @Override
    public List<Suppression> list(String job) {
        List<Suppression> all = own.execute(tx -> jdbc.query("SELECT " + COLUMNS + " FROM DAYBRIEF_SUPPRESSION WHERE "
                + "JOB_NAME IN (?, ?) ORDER BY ADDRESS, CASE WHEN JOB_NAME = ? THEN 0 ELSE 1 END",
                (rs, i) -> suppression(rs), job, ALL_JOBS, job));
        List<Suppression> first = new ArrayList<>(); // one per address: the one find() gives
        for (Suppression s : all) {
            if (first.isEmpty() || !first.get(first.size() - 1).address().equals(s.address())) {
                first.add(s);
            }
        }
        return first;
    }

    @Override
    public List<Suppression> resubscribe(String job, String address) {
        String a = Suppressions.normalise(address);
        return own.execute(tx -> {
            List<Suppression> removed = jdbc.query("SELECT " + COLUMNS + " FROM DAYBRIEF_SUPPRESSION WHERE ADDRESS = ? "
                    + "AND JOB_NAME IN (?, ?) ORDER BY JOB_NAME", (rs, i) -> suppression(rs), a, job, ALL_JOBS);
            jdbc.update("DELETE FROM DAYBRIEF_SUPPRESSION WHERE ADDRESS = ? AND JOB_NAME IN (?, ?)", a, job, ALL_JOBS);
            jdbc.update("DELETE FROM DAYBRIEF_BOUNCE WHERE JOB_NAME = ? AND ADDRESS = ?", job, a);
            return removed;
        });
    }

    @Override
    public Optional<Suppression> permanentFailure(String job, String address, LocalDate runDate, String reply,
            Instant when) {
        String a = Suppressions.normalise(address);
        Date date = Date.valueOf(runDate);
        String r = clip(reply);
        int runs = own.execute(tx -> {
            Timestamp now = Timestamp.from(when);
            // a new run date adds one; the same date (a retry by 'send') only keeps the newer reply
            int counted = jdbc.update("UPDATE DAYBRIEF_BOUNCE SET RUNS = RUNS + 1, LAST_RUN_DATE = ?, LAST_REPLY = ?, "
                    + "UPDATED = ? WHERE JOB_NAME = ? AND ADDRESS = ? AND LAST_RUN_DATE <> ?", date, r, now, job, a,
                    date);
            if (counted == 0) {
                jdbc.update("UPDATE DAYBRIEF_BOUNCE SET LAST_REPLY = ?, UPDATED = ? WHERE JOB_NAME = ? AND ADDRESS = ? "
                        + "AND LAST_RUN_DATE = ?", r, now, job, a, date);
                try {
                    jdbc.update("""
                            INSERT INTO DAYBRIEF_BOUNCE (JOB_NAME, ADDRESS, RUNS, LAST_RUN_DATE, LAST_REPLY, UPDATED)
                            SELECT ?, ?, 1, ?, ?, ? WHERE NOT EXISTS (
                              SELECT 1 FROM DAYBRIEF_BOUNCE WHERE JOB_NAME = ? AND ADDRESS = ?)""",
                            job, a, date, r, now, job, a);
                } catch (DuplicateKeyException e) {
                    // another process counted this address just now
                }
            }
            return jdbc.queryForObject("SELECT RUNS FROM DAYBRIEF_BOUNCE WHERE JOB_NAME = ? AND ADDRESS = ?",
                    Integer.class, job, a);
        });
        if (runs < BOUNCE_RUNS) {
            return Optional.empty();
        }
        return Optional.of(suppress(job, a, How.BOUNCE, when, r));
    }

    @Override
    public void delivered(String job, String address) {
        own.executeWithoutResult(tx -> jdbc.update("DELETE FROM DAYBRIEF_BOUNCE WHERE JOB_NAME = ? AND ADDRESS = ?",
                job, Suppressions.normalise(address)));
    }

    @Override
    public List<Streak> streaks(String job) {
        return own.execute(tx -> jdbc.query("SELECT JOB_NAME, ADDRESS, RUNS, LAST_RUN_DATE, LAST_REPLY FROM "
                + "DAYBRIEF_BOUNCE WHERE JOB_NAME = ? ORDER BY ADDRESS", (rs, i) -> new Streak(rs.getString(1),
                        rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(), rs.getString(5)), job));
    }

    private static String clip(String detail) {
        String d = detail == null ? "" : detail;
        return d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL - 1) : d;
    }

    private static Suppression suppression(ResultSet rs) throws SQLException {
        return new Suppression(rs.getString(1), rs.getString(2), How.of(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getString(5));
    }
}
