package org.daybrief.batch;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs Daybrief's {@code CREATE TABLE IF NOT EXISTS} statements. Several processes that start at once on an empty
 * PostgreSQL (workers of a remote run) race on them: PostgreSQL's check and creation are not atomic, and the loser
 * gets a duplicate key on its catalog (pg_type) instead of "already exists". The statement is then tried again,
 * once the winner's table is there.
 */
final class SchemaStatements {

    private static final int TRIES = 5;

    private SchemaStatements() {
    }

    static void execute(JdbcTemplate jdbc, String... statements) {
        for (String ddl : statements) {
            for (int attempt = 1; ; attempt++) {
                try {
                    jdbc.execute(ddl);
                    break;
                } catch (DataAccessException e) {
                    if (attempt == TRIES) {
                        throw e;
                    }
                    pause(attempt);
                }
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
