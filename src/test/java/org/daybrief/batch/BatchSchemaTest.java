package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.jdbc.core.JdbcTemplate;

class BatchSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theSchemaIsMadeOnceAndALaterStartLeavesH2sTraceFileAlone() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("daybrief") + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        BatchJdbcProperties properties = new BatchJdbcProperties();
        properties.setInitializeSchema(DatabaseInitializationMode.ALWAYS);

        BatchSchema first = new BatchSchema(h2, properties);
        assertThat(first.exists()).isFalse();
        assertThat(first.initializeDatabase()).isTrue();
        assertThat(new JdbcTemplate(h2).queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
                .isZero();

        BatchSchema later = new BatchSchema(h2, properties);
        assertThat(later.exists()).isTrue();
        assertThat(later.initializeDatabase()).isFalse();
        // Spring Boot's initializer ran the script again, and H2 wrote each "already exists" to this file.
        assertThat(Files.exists(dir.resolve("daybrief.trace.db"))).isFalse();
        new JdbcTemplate(h2).execute("SHUTDOWN");
    }
}
