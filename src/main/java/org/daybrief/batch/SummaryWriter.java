package org.daybrief.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of summaries in the job's database, in the chunk's transaction. */
class SummaryWriter implements ItemWriter<FiledSummary> {

    private final String job;
    private final StateStore store;
    private final StageTimes times;

    SummaryWriter(String job, StateStore store, StageTimes times) {
        this.job = job;
        this.store = store;
        this.times = times;
    }

    @Override
    public void write(Chunk<? extends FiledSummary> chunk) {
        times.time(StageTimes.STORE, () -> {
            for (FiledSummary filed : chunk) {
                store.saveDocument(job, filed.runDate(), filed.document());
                store.saveDocumentText(job, filed.runDate(), filed.document());
            }
            return null;
        });
    }
}
