package org.daybrief.batch;

import org.daybrief.text.NlpModels;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring shell around Daybrief's core: the JobRepository's database, Spring Batch, and the runner. */
@SpringBootApplication
public class DaybriefApplication {

    /** OpenNLP models are loaded once per process and shared: loading is the slow part, use is thread-safe. */
    @Bean
    NlpModels nlpModels() {
        return Preload.nlpModels();
    }
}
