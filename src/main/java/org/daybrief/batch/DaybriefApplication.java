package org.daybrief.batch;

import javax.sql.DataSource;
import org.daybrief.text.NlpModels;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;

/** The Spring shell around Daybrief's core: the JobRepository's database, Spring Batch, and the runner. */
@SpringBootApplication
public class DaybriefApplication {

    /** OpenNLP models are loaded once per process and shared: loading is the slow part, use is thread-safe. */
    @Bean
    NlpModels nlpModels() {
        return Preload.nlpModels();
    }

    /** Spring Batch's schema, made only when missing (Spring Boot's own would run its script at every start). */
    @Bean
    BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource,
            BatchJdbcProperties properties) {
        return new BatchSchema(dataSource, properties);
    }
}
