package org.daybrief.batch;

import java.time.LocalDate;
import org.daybrief.digest.DocumentSummary;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of summaries in the job's database, in the chunk's transaction. */
class SummaryWriter implements ItemWriter<DocumentSummary> {

    private final String job;
    private final LocalDate runDate;
    private final StateStore store;
    private final StageTimes times;

    SummaryWriter(String job, LocalDate runDate, StateStore store, StageTimes times) {
        this.job = job;
        this.runDate = runDate;
        this.store = store;
        this.times = times;
    }

    @Override
    public void write(Chunk<? extends DocumentSummary> chunk) {
        times.time(StageTimes.STORE, () -> {
            for (DocumentSummary doc : chunk) {
                store.saveDocument(job, runDate, doc);
                store.saveDocumentText(job, runDate, doc);
            }
            return null;
        });
    }
}
