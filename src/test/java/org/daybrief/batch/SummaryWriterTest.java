package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.digest.EarlierDocument;
import org.daybrief.summarize.Summary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary writer in a real H2 database: a chunk stored at once leaves the very rows that storing its documents
 * one at a time leaves (copies included), a document the database refuses is skipped alone with the database's
 * reason, and a failure of the database itself stops the write.
 */
class SummaryWriterTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private StateStore store;
    private DataSourceTransactionManager transactions;

    @BeforeEach
    void setUp() throws Exception {
        DataSource dataSource = dataSource();
        jdbc = new JdbcTemplate(dataSource);
        store = new StateStore(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
    }

    /** The job database: H2 in a file, as by default. */
    DataSource dataSource() throws Exception {
        return TestDatabases.h2(dir);
    }

    @Test
    void aChunkStoresTheRowsThatStoringItsDocumentsOneAtATimeStores() {
        // b2 is b's words under another path (a copy within the chunk); the second chunk holds another copy of b
        // and, as after a restart, a written again: nothing new for a.
        List<FiledSummary> first = List.of(filed(JUNE_1, "a", "/in/a.txt"), filed(JUNE_1, "b", "/in/b.txt"),
                filed(JUNE_1, "b", "/in/b2.txt"), filed(JUNE_2, "a", "/in/later/a.txt"));
        List<FiledSummary> second = List.of(filed(JUNE_1, "b", "/in/b3.txt"), filed(JUNE_1, "a", "/in/a.txt"),
                filed(JUNE_2, "c", "/in/c.txt"));

        SummaryWriter writer = writer("batched");
        write(writer, first);
        write(writer, second);
        for (FiledSummary filed : concat(first, second)) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                store.saveDocumentText("single", filed.runDate(), filed.document());
                store.saveDocument("single", filed.runDate(), filed.document());
            });
        }

        for (String table : List.of("DAYBRIEF_DOCUMENT", "DAYBRIEF_DOCUMENT_TEXT", "DAYBRIEF_COPY", "DAYBRIEF_SEEN")) {
            assertThat(rows(table, "batched")).as(table).isNotEmpty().isEqualTo(rows(table, "single"));
        }
        assertThat(store.copies("batched", JUNE_1)).isEqualTo(Map.of("b", List.of("/in/b2.txt", "/in/b3.txt")));
        assertThat(store.firstSeen("batched", "a")).contains(JUNE_1);
        StepExecution step = savedCounts(writer);
        assertThat(step.getExecutionContext().getLong(SummaryWriter.COPIES)).isEqualTo(2);
        assertThat(step.getExecutionContext().getLong(SummaryWriter.NOT_STORED)).isZero();
        assertThat(store.skipped("batched", JUNE_1)).isEmpty();
    }

    @Test
    void aDocumentTheDatabaseRefusesIsSkippedAloneWithTheDatabasesReason() {
        jdbc.execute("ALTER TABLE DAYBRIEF_DOCUMENT ADD CONSTRAINT NO_POISON CHECK (PATH NOT LIKE '%poison%')");
        SummaryWriter writer = writer("refuse");

        write(writer, List.of(filed(JUNE_1, "a", "/in/a.txt"), filed(JUNE_1, "p", "/in/poison.txt"),
                filed(JUNE_1, "b", "/in/b.txt"), filed(JUNE_1, "b", "/in/b2.txt")));

        assertThat(jdbc.queryForList("SELECT PATH FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = 'refuse' ORDER BY PATH",
                String.class)).containsExactly("/in/a.txt", "/in/b.txt");
        assertThat(jdbc.queryForList("SELECT DOC_ID FROM DAYBRIEF_DOCUMENT_TEXT WHERE JOB_NAME = 'refuse' "
                + "ORDER BY DOC_ID", String.class)).as("the refused document's text is undone with it")
                .containsExactly("a", "b");
        assertThat(store.copies("refuse", JUNE_1)).isEqualTo(Map.of("b", List.of("/in/b2.txt")));
        assertThat(store.skipped("refuse", JUNE_1)).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("/in/poison.txt");
            assertThat(s.reason()).startsWith("not stored: ").containsIgnoringCase("NO_POISON");
        });
        StepExecution step = savedCounts(writer);
        assertThat(step.getExecutionContext().getLong(SummaryWriter.NOT_STORED)).isEqualTo(1);
        assertThat(step.getExecutionContext().getLong(SummaryWriter.COPIES)).isEqualTo(1);
    }

    @Test
    void aFailureOfTheDatabaseStopsTheWriteAndSkipsNoDocument() {
        jdbc.execute("DROP TABLE DAYBRIEF_SEEN");
        SummaryWriter writer = writer("broken");

        assertThatThrownBy(() -> write(writer, List.of(filed(JUNE_1, "a", "/in/a.txt"))))
                .isInstanceOf(DataAccessException.class).matches(SummaryWriter::isDatabaseFailure);

        assertThat(store.skipped("broken", JUNE_1)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DAYBRIEF_DOCUMENT", Integer.class)).isZero();
    }

    private SummaryWriter writer(String job) {
        return new SummaryWriter(job, store, new StageTimes(), transactions);
    }

    @Test
    void earlierDocumentsAreTheNewestOfTheWindowInDateThenPathOrderWithTheOpeningOfTheirTexts() {
        LocalDate june7 = LocalDate.of(2025, 6, 7);
        LocalDate june8 = LocalDate.of(2025, 6, 8);
        String longText = "word ".repeat(StateStore.EARLIER_TEXT_CHARS);
        List<FiledSummary> days = List.of(filed(LocalDate.of(2025, 5, 31), "old", "/in/old.txt"),
                filed(JUNE_1, "c", "/in/c.txt"), filed(JUNE_1, "a", "/in/a.txt"),
                withText(filed(JUNE_2, "b", "/in/b.txt"), longText), filed(JUNE_2, "a2", "/in/a.txt"),
                filed(june8, "today", "/in/today.txt"));
        store.saveDocuments("job", days);

        List<EarlierDocument> earlier = store.earlierDocuments("job", june8, 7);

        // 1 to 7 June: the newest day first, each day by path; 31 May is outside the week, 8 June is the day itself.
        assertThat(earlier).extracting(e -> e.runDate() + " " + e.document().path() + " " + e.document().id())
                .containsExactly("2025-06-02 /in/a.txt a2", "2025-06-02 /in/b.txt b", "2025-06-01 /in/a.txt a",
                        "2025-06-01 /in/c.txt c");
        assertThat(earlier.get(1).document().body()).isEqualTo(longText.substring(0, StateStore.EARLIER_TEXT_CHARS));
        assertThat(earlier.get(0).document().body()).isEqualTo("The words of a2.");
        assertThat(earlier.get(0).document().title()).isEqualTo("Title a2");

        // A full day just before takes every place: the limit keeps the newest.
        List<FiledSummary> busy = new java.util.ArrayList<>();
        for (int i = 0; i < StateStore.MAX_EARLIER_DOCUMENTS + 5; i++) {
            busy.add(filed(june7, "n" + i, "/in/%05d.txt".formatted(i)));
        }
        store.saveDocuments("job", busy);
        List<EarlierDocument> limited = store.earlierDocuments("job", june8, 7);
        assertThat(limited).hasSize(StateStore.MAX_EARLIER_DOCUMENTS)
                .allSatisfy(e -> assertThat(e.runDate()).isEqualTo(june7));
        assertThat(limited.get(0).document().path()).isEqualTo("/in/00000.txt");
        assertThat(limited.get(limited.size() - 1).document().path())
                .isEqualTo("/in/%05d.txt".formatted(StateStore.MAX_EARLIER_DOCUMENTS - 1));
    }

    private static FiledSummary withText(FiledSummary filed, String text) {
        DocumentSummary d = filed.document();
        return new FiledSummary(filed.runDate(), new DocumentSummary(d.id(), d.path(), d.title(), d.date(),
                d.source(), d.url(), d.summary(), text));
    }

    /** As the step does: the chunk in a transaction of its own. */
    private void write(SummaryWriter writer, List<FiledSummary> chunk) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> writer.write(new Chunk<>(chunk)));
    }

    /** A step whose context holds the writer's counts, saved as the step saves them after each chunk. */
    private static StepExecution savedCounts(SummaryWriter writer) {
        StepExecution step = new StepExecution("summarize",
                new JobExecution(1L, new JobInstance(1L, "test"), new JobParameters()));
        writer.update(step.getExecutionContext());
        return step;
    }

    /** A table's rows of one job, without the job's name, in a stable order. */
    private List<Map<String, Object>> rows(String table, String job) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE JOB_NAME = ?", job);
        rows.forEach(r -> r.keySet().removeIf(k -> k.equalsIgnoreCase("JOB_NAME")));
        rows.sort(java.util.Comparator.comparing(Object::toString));
        return rows;
    }

    private static FiledSummary filed(LocalDate runDate, String id, String path) {
        Summary summary = new Summary("en", false, 1, List.of());
        return new FiledSummary(runDate, new DocumentSummary(id, path, "Title " + id, runDate, "source", "",
                summary, "The words of " + id + "."));
    }

    private static List<FiledSummary> concat(List<FiledSummary> a, List<FiledSummary> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
