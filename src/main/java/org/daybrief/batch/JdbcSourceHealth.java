package org.daybrief.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.daybrief.ingest.FieldLimits;
import org.daybrief.source.SourceHealth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each source's runs failed in a row, per job, in the job database ({@code DAYBRIEF_SOURCE_HEALTH}). Written in
 * a transaction of its own, so a chunk rolled back does not forget that a feed failed. Portable SQL: H2 and
 * PostgreSQL.
 */
@Component
public class JdbcSourceHealth implements SourceHealth {

    /** A source failing this many runs in a row is called out in the run report. */
    public static final int CALL_OUT_AFTER = 3;

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS DAYBRIEF_SOURCE_HEALTH (
              JOB_NAME VARCHAR(100) NOT NULL, SOURCE VARCHAR(%d) NOT NULL, FAILED_RUNS INTEGER NOT NULL,
              LAST_REASON VARCHAR(%d) NOT NULL, UPDATED TIMESTAMP NOT NULL, PRIMARY KEY (JOB_NAME, SOURCE))"""
            .formatted(FieldLimits.URL, FieldLimits.REASON);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public JdbcSourceHealth(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        SchemaStatements.execute(jdbc, SCHEMA); // several processes may start at once on an empty PostgreSQL
    }

    @Override
    public void succeeded(String job, String source) {
        own.executeWithoutResult(s -> jdbc.update(
                "DELETE FROM DAYBRIEF_SOURCE_HEALTH WHERE JOB_NAME = ? AND SOURCE = ?", job, key(source)));
    }

    @Override
    public int failed(String job, String source, String reason) {
        Integer runs = own.execute(s -> {
            String k = key(source);
            String why = reason.length() > FieldLimits.REASON ? reason.substring(0, FieldLimits.REASON) : reason;
            Timestamp now = Timestamp.from(Instant.now());
            int updated = jdbc.update("""
                    UPDATE DAYBRIEF_SOURCE_HEALTH SET FAILED_RUNS = FAILED_RUNS + 1, LAST_REASON = ?, UPDATED = ?
                    WHERE JOB_NAME = ? AND SOURCE = ?""", why, now, job, k);
            if (updated == 0) {
                jdbc.update("""
                        INSERT INTO DAYBRIEF_SOURCE_HEALTH (JOB_NAME, SOURCE, FAILED_RUNS, LAST_REASON, UPDATED)
                        VALUES (?, ?, 1, ?, ?)""", job, k, why, now);
            }
            return jdbc.queryForObject("SELECT FAILED_RUNS FROM DAYBRIEF_SOURCE_HEALTH WHERE JOB_NAME = ? AND SOURCE = ?",
                    Integer.class, job, k);
        });
        return runs == null ? 1 : runs;
    }

    /**
     * The sources of a job failing {@link #CALL_OUT_AFTER} runs in a row or more, as lines for the run report:
     * {@code feed http://…/broken.xml has failed 3 runs in a row (last: HTTP 500)}.
     */
    public List<String> failing(String job) {
        return jdbc.query("""
                SELECT SOURCE, FAILED_RUNS, LAST_REASON FROM DAYBRIEF_SOURCE_HEALTH
                WHERE JOB_NAME = ? AND FAILED_RUNS >= ? ORDER BY SOURCE""",
                (rs, i) -> rs.getString(1) + " has failed " + rs.getInt(2) + " runs in a row (last: "
                        + rs.getString(3) + ")", job, CALL_OUT_AFTER);
    }

    private static String key(String source) {
        return source.length() > FieldLimits.URL ? source.substring(0, FieldLimits.URL) : source;
    }
}
