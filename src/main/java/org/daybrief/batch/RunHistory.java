package org.daybrief.batch;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job's past runs as Spring Batch recorded them in the job database, whichever process ran them ({@code run}
 * from cron, or {@code serve}): what an operator alerts on when a digest did not go out.
 */
@Component
public class RunHistory {

    private final JdbcTemplate jdbc;

    public RunHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** When the job's last digest run (not a backfill) completed, in epoch seconds; empty when none has. */
    public Optional<Double> lastSuccess(String job) {
        Timestamp end = jdbc.queryForObject("""
                SELECT MAX(E.END_TIME) FROM BATCH_JOB_EXECUTION E
                JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID
                JOIN BATCH_JOB_EXECUTION_PARAMS P ON P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID
                WHERE I.JOB_NAME = ? AND E.STATUS = 'COMPLETED' AND P.PARAMETER_NAME = 'job'
                  AND P.PARAMETER_VALUE = ?""", Timestamp.class, DigestRunner.BATCH_JOB, job);
        // Spring Batch writes END_TIME as the local date-time of the process that ran the job.
        return Optional.ofNullable(end).map(t -> t.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant()
                .toEpochMilli() / 1000.0);
    }
}
