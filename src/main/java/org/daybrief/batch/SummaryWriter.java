package org.daybrief.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a chunk of summaries in the job's database, in the chunk's transaction. */
class SummaryWriter implements ItemWriter<FiledSummary> {

    private final String job;
    private final StateStore store;
    private final StageTimes times;
    private final TransactionTemplate savepoint;

    SummaryWriter(String job, StateStore store, StageTimes times, PlatformTransactionManager transactions) {
        this.job = job;
        this.store = store;
        this.times = times;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends FiledSummary> chunk) {
        times.time(StageTimes.STORE, () -> {
            for (FiledSummary filed : chunk) {
                save(filed);
            }
            return null;
        });
    }

    /**
     * Stores one document inside a savepoint. The same content under two names (a copy, the PDF of a text) is one
     * document; when two chunks on two threads store it at once, the second insert meets the first one's key:
     * the document is stored already, so that insert is undone alone and the chunk goes on.
     */
    private void save(FiledSummary filed) {
        try {
            savepoint.executeWithoutResult(status -> {
                store.saveDocument(job, filed.runDate(), filed.document());
                store.saveDocumentText(job, filed.runDate(), filed.document());
            });
        } catch (DuplicateKeyException sameDocumentStoredByAnotherChunk) {
            // nothing to do: see above
        }
    }
}
