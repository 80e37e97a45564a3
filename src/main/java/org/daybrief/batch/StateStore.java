package org.daybrief.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.digest.EarlierDocument;
import org.daybrief.ingest.FieldLimits;
import org.daybrief.ingest.SkippedDocument;
import org.daybrief.summarize.Summary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Daybrief's own tables beside the Spring Batch JobRepository, in the same database: the documents summarised
 * for each (job, run date), the documents skipped, and the ledger of documents already in a digest. Every
 * write is insert-if-absent, so a chunk that is written again after a restart changes nothing.
 * Portable SQL: H2 (the default) and PostgreSQL.
 */
@Component
public class StateStore {

    /** Column widths come from {@link FieldLimits}, whose bounds every document record holds to. */
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_DOCUMENT (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, DOC_ID VARCHAR(%d) NOT NULL,
          PATH VARCHAR(%d) NOT NULL, TITLE VARCHAR(%d) NOT NULL, DOC_DATE DATE NOT NULL,
          SOURCE VARCHAR(%d) NOT NULL, URL VARCHAR(%d) NOT NULL, SUMMARY_JSON VARCHAR(1000000) NOT NULL,
          PRIMARY KEY (JOB_NAME, RUN_DATE, DOC_ID))""".formatted(FieldLimits.ID, FieldLimits.PATH,
                FieldLimits.TITLE, FieldLimits.SOURCE, FieldLimits.URL),
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SKIPPED (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, PATH VARCHAR(%d) NOT NULL,
          REASON VARCHAR(%d) NOT NULL, PRIMARY KEY (JOB_NAME, RUN_DATE, PATH))""".formatted(FieldLimits.PATH,
                FieldLimits.REASON),
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SEEN (
          JOB_NAME VARCHAR(100) NOT NULL, DOC_ID VARCHAR(%d) NOT NULL, FIRST_RUN_DATE DATE NOT NULL,
          PRIMARY KEY (JOB_NAME, DOC_ID))""".formatted(FieldLimits.ID),
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_DOCUMENT_TEXT (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, DOC_ID VARCHAR(%d) NOT NULL,
          BODY VARCHAR(%d) NOT NULL, PRIMARY KEY (JOB_NAME, RUN_DATE, DOC_ID))""".formatted(FieldLimits.ID,
                FieldLimits.BODY),
        // Files whose words are those of a document already stored for the date (a copy, another format).
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_COPY (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, DOC_ID VARCHAR(%d) NOT NULL,
          PATH VARCHAR(%d) NOT NULL, PRIMARY KEY (JOB_NAME, RUN_DATE, PATH))""".formatted(FieldLimits.ID,
                FieldLimits.PATH)
    };

    /** Earlier documents a day's stories are compared with, at most (the newest). */
    static final int MAX_EARLIER_DOCUMENTS = 2_000;
    /** Characters of each earlier document's text used for that comparison. */
    static final int EARLIER_TEXT_CHARS = 2_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public StateStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        SchemaStatements.execute(jdbc, SCHEMA);
        for (String table : List.of("DAYBRIEF_DOCUMENT", "DAYBRIEF_SKIPPED", "DAYBRIEF_COPY")) {
            widen(table, "PATH", FieldLimits.PATH);
        }
    }

    /**
     * Widens a column that a database made by an earlier version declared narrower (paths were 2,000 characters),
     * once: the statement is the same on H2 and PostgreSQL.
     */
    private void widen(String table, String column, int width) {
        List<Integer> declared = jdbc.queryForList("""
                SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS
                WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?""", Integer.class, table, column);
        if (!declared.isEmpty() && declared.get(0) != null && declared.get(0) < width) {
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE VARCHAR(" + width + ")");
        }
    }

    /** The run date of the first digest of {@code job} that took this document, if any. */
    public Optional<LocalDate> firstSeen(String job, String docId) {
        List<Date> dates = jdbc.queryForList(
                "SELECT FIRST_RUN_DATE FROM DAYBRIEF_SEEN WHERE JOB_NAME = ? AND DOC_ID = ?", Date.class, job, docId);
        return dates.stream().findFirst().map(Date::toLocalDate);
    }

    private static final String INSERT_DOCUMENT = """
            INSERT INTO DAYBRIEF_DOCUMENT (JOB_NAME, RUN_DATE, DOC_ID, PATH, TITLE, DOC_DATE, SOURCE, URL,
              SUMMARY_JSON)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (
              SELECT 1 FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ?)""";
    private static final String INSERT_SEEN = """
            INSERT INTO DAYBRIEF_SEEN (JOB_NAME, DOC_ID, FIRST_RUN_DATE)
            SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM DAYBRIEF_SEEN WHERE JOB_NAME = ? AND DOC_ID = ?)""";
    private static final String INSERT_COPY = """
            INSERT INTO DAYBRIEF_COPY (JOB_NAME, RUN_DATE, DOC_ID, PATH)
            SELECT ?, ?, ?, ? WHERE NOT EXISTS (
              SELECT 1 FROM DAYBRIEF_COPY WHERE JOB_NAME = ? AND RUN_DATE = ? AND PATH = ?)
            AND NOT EXISTS (
              SELECT 1 FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ? AND PATH = ?)""";
    private static final String INSERT_TEXT = """
            INSERT INTO DAYBRIEF_DOCUMENT_TEXT (JOB_NAME, RUN_DATE, DOC_ID, BODY)
            SELECT ?, ?, ?, ? WHERE NOT EXISTS (
              SELECT 1 FROM DAYBRIEF_DOCUMENT_TEXT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ?)""";

    /**
     * Stores a document of (job, run date). When the date holds its words already under another path (a copy in
     * another folder or format), this path is recorded as a copy of that document instead.
     *
     * @return true when the file was recorded as a new copy
     */
    public boolean saveDocument(String job, LocalDate runDate, DocumentSummary doc) {
        int stored = jdbc.update(INSERT_DOCUMENT, documentRow(job, runDate, doc, toJson(doc.summary())));
        boolean copy = stored == 0 && saveCopy(job, runDate, doc);
        jdbc.update(INSERT_SEEN, seenRow(job, runDate, doc));
        return copy;
    }

    /**
     * Stores the documents of a chunk as {@link #saveDocumentText} and then {@link #saveDocument} would, one
     * document after the other, with one JDBC batch per table instead of a statement per row: the same rows, and
     * the same copies, since each insert-if-absent of a batch sees the rows of those before it. Any failure leaves
     * the rows of the documents before it in the transaction: call it inside a savepoint.
     *
     * @return for each document in order, whether it was recorded as a new copy
     * @throws IncompleteBatchException when the driver does not say which rows it inserted
     */
    boolean[] saveDocuments(String job, List<? extends FiledSummary> chunk) {
        List<Object[]> texts = new ArrayList<>(chunk.size());
        List<Object[]> documents = new ArrayList<>(chunk.size());
        List<Object[]> seen = new ArrayList<>(chunk.size());
        for (FiledSummary filed : chunk) {
            texts.add(textRow(job, filed.runDate(), filed.document()));
            documents.add(documentRow(job, filed.runDate(), filed.document(), toJson(filed.document().summary())));
            seen.add(seenRow(job, filed.runDate(), filed.document()));
        }
        jdbc.batchUpdate(INSERT_TEXT, texts);
        int[] stored = rowCounts(jdbc.batchUpdate(INSERT_DOCUMENT, documents));
        List<Integer> notStored = new ArrayList<>();
        for (int i = 0; i < stored.length; i++) {
            if (stored[i] == 0) {
                notStored.add(i);
            }
        }
        boolean[] copy = new boolean[chunk.size()];
        if (!notStored.isEmpty()) {
            int[] copies = rowCounts(jdbc.batchUpdate(INSERT_COPY, notStored.stream()
                    .map(i -> copyRow(job, chunk.get(i).runDate(), chunk.get(i).document())).toList()));
            for (int k = 0; k < copies.length; k++) {
                copy[notStored.get(k)] = copies[k] > 0;
            }
        }
        jdbc.batchUpdate(INSERT_SEEN, seen);
        return copy;
    }

    /** A batch's row counts, which must each be known (PostgreSQL's and H2's drivers give them). */
    private static int[] rowCounts(int[] counts) {
        for (int n : counts) {
            if (n < 0) {
                throw new IncompleteBatchException();
            }
        }
        return counts;
    }

    /** The driver ran a batch without saying which of its inserts took a row (JDBC's SUCCESS_NO_INFO). */
    static final class IncompleteBatchException extends IllegalStateException {
        IncompleteBatchException() {
            super("the database driver gives no row counts for a batch");
        }
    }

    private static Object[] documentRow(String job, LocalDate runDate, DocumentSummary doc, String summaryJson) {
        return new Object[] {job, Date.valueOf(runDate), doc.id(), doc.path(), doc.title(), Date.valueOf(doc.date()),
            doc.source(), doc.url(), summaryJson, job, Date.valueOf(runDate), doc.id()};
    }

    private static Object[] seenRow(String job, LocalDate runDate, DocumentSummary doc) {
        return new Object[] {job, doc.id(), Date.valueOf(runDate), job, doc.id()};
    }

    private static Object[] copyRow(String job, LocalDate runDate, DocumentSummary doc) {
        return new Object[] {job, Date.valueOf(runDate), doc.id(), doc.path(), job, Date.valueOf(runDate), doc.path(),
            job, Date.valueOf(runDate), doc.id(), doc.path()};
    }

    private static Object[] textRow(String job, LocalDate runDate, DocumentSummary doc) {
        return new Object[] {job, Date.valueOf(runDate), doc.id(), doc.body(), job, Date.valueOf(runDate), doc.id()};
    }

    /**
     * Records {@code doc}'s path as a copy of the stored document with its words, unless it is that document.
     *
     * @return true when it was not recorded before
     */
    public boolean saveCopy(String job, LocalDate runDate, DocumentSummary doc) {
        return 0 < jdbc.update(INSERT_COPY, copyRow(job, runDate, doc));
    }

    /** The copies of each document of (job, run date): content id to paths, in path order. */
    public Map<String, List<String>> copies(String job, LocalDate runDate) {
        Map<String, List<String>> copies = new TreeMap<>();
        jdbc.query("SELECT DOC_ID, PATH FROM DAYBRIEF_COPY WHERE JOB_NAME = ? AND RUN_DATE = ? ORDER BY DOC_ID, PATH",
                rs -> {
                    copies.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, job, Date.valueOf(runDate));
        return copies;
    }

    /** How many copies were recorded for the dates [from, to]. */
    public int copyCount(String job, LocalDate from, LocalDate to) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM DAYBRIEF_COPY WHERE JOB_NAME = ? AND RUN_DATE BETWEEN ? AND ?", Integer.class,
                job, Date.valueOf(from), Date.valueOf(to));
        return n == null ? 0 : n;
    }

    /** Whether the digest of (job, run date) already holds this document. */
    public boolean isFiled(String job, LocalDate runDate, String docId) {
        return !jdbc.queryForList("SELECT 1 FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ?",
                Integer.class, job, Date.valueOf(runDate), docId).isEmpty();
    }

    public void saveSkipped(String job, LocalDate runDate, SkippedDocument skipped) {
        String reason = skipped.reason(); // bounded by SkippedDocument
        jdbc.update("""
                INSERT INTO DAYBRIEF_SKIPPED (JOB_NAME, RUN_DATE, PATH, REASON)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (
                  SELECT 1 FROM DAYBRIEF_SKIPPED WHERE JOB_NAME = ? AND RUN_DATE = ? AND PATH = ?)""",
                job, Date.valueOf(runDate), skipped.path(), reason, job, Date.valueOf(runDate), skipped.path());
    }

    /** Drops what a run of (job, date) stored, before that date is rebuilt from its sources. */
    public void forget(String job, LocalDate from, LocalDate to) {
        for (String table : new String[] {"DAYBRIEF_DOCUMENT", "DAYBRIEF_SKIPPED", "DAYBRIEF_COPY"}) {
            jdbc.update("DELETE FROM " + table + " WHERE JOB_NAME = ? AND RUN_DATE BETWEEN ? AND ?", job,
                    Date.valueOf(from), Date.valueOf(to));
        }
    }

    public List<DocumentSummary> documents(String job, LocalDate runDate) {
        return jdbc.query("""
                SELECT DOC_ID, PATH, TITLE, DOC_DATE, SOURCE, URL, SUMMARY_JSON FROM DAYBRIEF_DOCUMENT
                WHERE JOB_NAME = ? AND RUN_DATE = ? ORDER BY PATH""",
                (rs, i) -> new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), fromJson(rs.getString(7))),
                job, Date.valueOf(runDate));
    }

    /** The run dates in [from, to] that have at least one document, in order. */
    public List<LocalDate> runDates(String job, LocalDate from, LocalDate to) {
        return jdbc.queryForList("""
                SELECT DISTINCT RUN_DATE FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = ? AND RUN_DATE BETWEEN ? AND ?
                ORDER BY RUN_DATE""", Date.class, job, Date.valueOf(from), Date.valueOf(to))
                .stream().map(Date::toLocalDate).toList();
    }

    /**
     * Keeps a document's text beside its summary (insert-if-absent, at most
     * {@link DocumentSummary#MAX_BODY_CHARS} characters), so the digest step can group documents into stories.
     */
    public void saveDocumentText(String job, LocalDate runDate, DocumentSummary doc) {
        jdbc.update(INSERT_TEXT, textRow(job, runDate, doc));
    }

    /**
     * The documents of (job, run date) with their texts (empty when none was kept), ordered by path. A text is
     * keyed by the document's content id, so one left from before a {@code --force} rebuild is still right. Each
     * carries the paths of its copies.
     */
    public List<DocumentSummary> documentsWithText(String job, LocalDate runDate) {
        Map<String, List<String>> copies = copies(job, runDate);
        return jdbc.query("""
                SELECT D.DOC_ID, D.PATH, D.TITLE, D.DOC_DATE, D.SOURCE, D.URL, D.SUMMARY_JSON, T.BODY
                FROM DAYBRIEF_DOCUMENT D LEFT JOIN DAYBRIEF_DOCUMENT_TEXT T
                  ON T.JOB_NAME = D.JOB_NAME AND T.RUN_DATE = D.RUN_DATE AND T.DOC_ID = D.DOC_ID
                WHERE D.JOB_NAME = ? AND D.RUN_DATE = ? ORDER BY D.PATH, D.DOC_ID""",
                (rs, i) -> new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), fromJson(rs.getString(7)),
                        rs.getString(8)),
                job, Date.valueOf(runDate)).stream()
                .map(d -> copies.containsKey(d.id()) ? d.withCopies(copies.get(d.id())) : d).toList();
    }

    /**
     * The documents of the digests of {@code job} in the {@code days} days before {@code runDate}: the newest
     * {@value #MAX_EARLIER_DOCUMENTS}, each with the first {@value #EARLIER_TEXT_CHARS} characters of its text.
     */
    public List<EarlierDocument> earlierDocuments(String job, LocalDate runDate, int days) {
        // Bounded, so an archive of any size compares each day with a fixed amount of history: the newest
        // documents, and only the opening of each text (enough to recognise the same story). The newest are chosen
        // by their keys first, and only their texts and summaries read: joined before the limit, every text of the
        // window was read to be sorted (the whole week's, twice the time of reading the day's own).
        return jdbc.query("""
                SELECT D.RUN_DATE, D.DOC_ID, D.PATH, D.TITLE, D.DOC_DATE, D.SOURCE, D.URL, D.SUMMARY_JSON,
                  SUBSTRING(T.BODY, 1, %d)
                FROM (SELECT JOB_NAME, RUN_DATE, DOC_ID, PATH FROM DAYBRIEF_DOCUMENT
                      WHERE JOB_NAME = ? AND RUN_DATE < ? AND RUN_DATE >= ?
                      ORDER BY RUN_DATE DESC, PATH, DOC_ID
                      FETCH FIRST %d ROWS ONLY) K
                JOIN DAYBRIEF_DOCUMENT D
                  ON D.JOB_NAME = K.JOB_NAME AND D.RUN_DATE = K.RUN_DATE AND D.DOC_ID = K.DOC_ID
                LEFT JOIN DAYBRIEF_DOCUMENT_TEXT T
                  ON T.JOB_NAME = D.JOB_NAME AND T.RUN_DATE = D.RUN_DATE AND T.DOC_ID = D.DOC_ID
                ORDER BY D.RUN_DATE DESC, D.PATH, D.DOC_ID""".formatted(EARLIER_TEXT_CHARS, MAX_EARLIER_DOCUMENTS),
                (rs, i) -> new EarlierDocument(rs.getDate(1).toLocalDate(),
                        new DocumentSummary(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7),
                                fromJson(rs.getString(8)), rs.getString(9))),
                job, Date.valueOf(runDate), Date.valueOf(runDate.minusDays(days)));
    }

    public List<SkippedDocument> skipped(String job, LocalDate runDate) {
        return jdbc.query("SELECT PATH, REASON FROM DAYBRIEF_SKIPPED WHERE JOB_NAME = ? AND RUN_DATE = ? ORDER BY PATH",
                (rs, i) -> new SkippedDocument(rs.getString(1), rs.getString(2)), job, Date.valueOf(runDate));
    }

    private String toJson(Summary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a summary", e);
        }
    }

    private Summary fromJson(String value) {
        try {
            return json.readValue(value, Summary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored summary is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
