package org.daybrief.batch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;

/**
 * Spring Batch's tables, made when the job database does not have them yet. Spring Boot's initializer runs the whole
 * schema script at every start and ignores the "already exists" errors; H2 logged each of them, with the statement,
 * to {@code output/.state/daybrief.trace.db}: 24 KB more at every run of a daily job, and a file of exceptions for
 * whoever looks in the state folder. Two processes starting at once on a new database may still both run the
 * script: the loser's errors are ignored as before.
 */
final class BatchSchema extends BatchDataSourceScriptDatabaseInitializer {

    private final DataSource dataSource;
    private final String jobInstanceTable;

    BatchSchema(DataSource dataSource, BatchJdbcProperties properties) {
        super(dataSource, properties);
        this.dataSource = dataSource;
        String prefix = properties.getTablePrefix() == null ? "BATCH_" : properties.getTablePrefix();
        this.jobInstanceTable = prefix.substring(prefix.lastIndexOf('.') + 1) + "JOB_INSTANCE";
    }

    @Override
    public boolean initializeDatabase() {
        return !exists() && super.initializeDatabase();
    }

    /** Whether the database has the job instance table (the schema's first), in any case (PostgreSQL folds). */
    boolean exists() {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (jobInstanceTable.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            return false; // the script runs as before and reports what is wrong
        }
    }
}
