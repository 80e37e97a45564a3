package org.daybrief.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.daybrief.ingest.SkippedDocument;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a chunk of summaries in the job's database, in the chunk's transaction: the whole chunk at once (a JDBC
 * batch per table) inside one savepoint, and when the database refuses any of it, that savepoint is undone and
 * each document is stored again inside its own: a document the database refuses (a value its column cannot hold,
 * a constraint) is undone alone and recorded as skipped with the database's reason, and the rest of the chunk is
 * stored. A failure of the database itself (connection gone, disk full, a lock that never comes) is nobody's
 * document: it stops the run, which the same command resumes.
 */
class SummaryWriter implements ItemWriter<FiledSummary>, ItemStream, StepExecutionListener {

    /** Step context keys: of the documents Spring Batch counts as written, those merged as copies or refused. */
    static final String COPIES = "copies";
    static final String NOT_STORED = "notStored";
    /** Step context key: the stored documents per language, as {@code en=12,es=3}. */
    static final String LANGUAGES = "languages";
    /** Step context key: the id of the step execution whose counts the context holds. */
    static final String COUNTED_BY = "countedBy";

    private final String job;
    private final StateStore store;
    private final StageTimes times;
    private final TransactionTemplate savepoint;
    private final AtomicLong notStored = new AtomicLong();
    private final AtomicLong copies = new AtomicLong();
    private final Map<String, Long> languages = new TreeMap<>(); // written on the step's thread only
    private long execution = -1;

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
            if (!saveAll(chunk.getItems())) {
                for (FiledSummary filed : chunk) {
                    save(filed);
                }
            }
            return null;
        });
    }

    /**
     * Stores the chunk in one go: a savepoint and three batched statements instead of a savepoint and three or
     * four statements per document.
     *
     * @return false when the database refused some of it, and nothing of it was stored
     */
    private boolean saveAll(List<? extends FiledSummary> chunk) {
        boolean[] copy;
        try {
            copy = savepoint.execute(status -> store.saveDocuments(job, chunk));
        } catch (RuntimeException e) {
            if (isDatabaseFailure(e)) {
                throw e;
            }
            return false;
        }
        for (int i = 0; i < copy.length; i++) {
            counted(chunk.get(i), copy[i]);
        }
        return true;
    }

    private void counted(FiledSummary filed, boolean copy) {
        if (copy) {
            copies.incrementAndGet();
        } else {
            languages.merge(filed.document().summary().language(), 1L, Long::sum);
        }
    }

    @Override
    public void beforeStep(StepExecution step) {
        execution = step.getId();
    }

    /**
     * Takes up the counts of the chunks this same step execution committed before: a partition request that
     * RabbitMQ redelivered after its worker died runs the same execution again, from its last commit, and Spring
     * Batch's own counts go on from theirs. A restart is a new execution, which counts afresh, as Spring Batch does.
     */
    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(COUNTED_BY) && context.getLong(COUNTED_BY) == execution) {
            copies.set(context.getLong(COPIES, 0));
            notStored.set(context.getLong(NOT_STORED, 0));
            languages.clear();
            languages.putAll(languages(context));
        }
    }

    /**
     * This execution's counts, for the run report (its other counts are this execution's too). Spring Batch saves
     * them after each chunk is written, in its transaction, so that a worker killed after it leaves them counted;
     * a step without a chunk leaves none, which the report reads as zero.
     */
    @Override
    public void update(ExecutionContext context) {
        context.putLong(COUNTED_BY, execution);
        context.putLong(COPIES, copies.get());
        context.putLong(NOT_STORED, notStored.get());
        context.putString(LANGUAGES, languages.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
    }

    /** The counts per language that {@link #update} kept in a step's context. */
    static Map<String, Long> languages(StepExecution step) {
        return languages(step.getExecutionContext());
    }

    private static Map<String, Long> languages(ExecutionContext context) {
        Map<String, Long> counts = new TreeMap<>();
        for (String pair : context.getString(LANGUAGES, "").split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                counts.merge(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)), Long::sum);
            }
        }
        return counts;
    }

    /**
     * Stores one document inside a savepoint. The same content under two names (a copy, the PDF of a text) is one
     * document; when two chunks on two threads store it at once, the second insert meets the first one's key:
     * that insert is undone alone and the file is recorded as a copy.
     */
    private void save(FiledSummary filed) {
        try {
            try {
                Boolean copy = savepoint.execute(status -> {
                    store.saveDocumentText(job, filed.runDate(), filed.document());
                    return store.saveDocument(job, filed.runDate(), filed.document());
                });
                counted(filed, Boolean.TRUE.equals(copy));
            } catch (DuplicateKeyException sameDocumentStoredByAnotherChunk) {
                if (Boolean.TRUE.equals(savepoint.execute(status -> store.saveCopy(job, filed.runDate(),
                        filed.document())))) {
                    copies.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            if (isDatabaseFailure(e)) {
                throw e;
            }
            notStored.incrementAndGet();
            store.saveSkipped(job, filed.runDate(), new SkippedDocument(filed.document().path(),
                    "not stored: " + SkipRecorder.oneLine(e)));
        }
    }

    /** The database or the code failed, not the document: every other document would fail the same way. */
    static boolean isDatabaseFailure(Throwable e) {
        return e instanceof DataAccessResourceFailureException || e instanceof NonTransientDataAccessResourceException
                || e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                || e instanceof BadSqlGrammarException || e instanceof TransactionException;
    }
}
