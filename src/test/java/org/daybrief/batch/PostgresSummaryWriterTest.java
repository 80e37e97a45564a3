package org.daybrief.batch;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same tests with the job database in PostgreSQL: see {@link TestDatabases}. */
class PostgresSummaryWriterTest extends SummaryWriterTest {

    @RegisterExtension
    final TestDatabases postgres = new TestDatabases("daybrief_writer_");

    @Override
    DataSource dataSource() throws Exception {
        return postgres.create();
    }
}
