package org.daybrief.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.daybrief.digest.DocumentSummary;
import org.daybrief.digest.EarlierDocument;
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

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_DOCUMENT (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, DOC_ID VARCHAR(64) NOT NULL,
          PATH VARCHAR(2000) NOT NULL, TITLE VARCHAR(2000) NOT NULL, DOC_DATE DATE NOT NULL,
          SOURCE VARCHAR(1000) NOT NULL, URL VARCHAR(2000) NOT NULL, SUMMARY_JSON VARCHAR(1000000) NOT NULL,
          PRIMARY KEY (JOB_NAME, RUN_DATE, DOC_ID))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SKIPPED (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, PATH VARCHAR(2000) NOT NULL,
          REASON VARCHAR(1000) NOT NULL, PRIMARY KEY (JOB_NAME, RUN_DATE, PATH))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SEEN (
          JOB_NAME VARCHAR(100) NOT NULL, DOC_ID VARCHAR(64) NOT NULL, FIRST_RUN_DATE DATE NOT NULL,
          PRIMARY KEY (JOB_NAME, DOC_ID))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_DOCUMENT_TEXT (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, DOC_ID VARCHAR(64) NOT NULL,
          BODY VARCHAR(200000) NOT NULL, PRIMARY KEY (JOB_NAME, RUN_DATE, DOC_ID))"""
    };

    /** Earlier documents a day's stories are compared with, at most (the newest). */
    static final int MAX_EARLIER_DOCUMENTS = 2_000;
    /** Characters of each earlier document's text used for that comparison. */
    static final int EARLIER_TEXT_CHARS = 2_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public StateStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        for (String ddl : SCHEMA) {
            jdbc.execute(ddl);
        }
    }

    /** The run date of the first digest of {@code job} that took this document, if any. */
    public Optional<LocalDate> firstSeen(String job, String docId) {
        List<Date> dates = jdbc.queryForList(
                "SELECT FIRST_RUN_DATE FROM DAYBRIEF_SEEN WHERE JOB_NAME = ? AND DOC_ID = ?", Date.class, job, docId);
        return dates.stream().findFirst().map(Date::toLocalDate);
    }

    public void saveDocument(String job, LocalDate runDate, DocumentSummary doc) {
        jdbc.update("""
                INSERT INTO DAYBRIEF_DOCUMENT (JOB_NAME, RUN_DATE, DOC_ID, PATH, TITLE, DOC_DATE, SOURCE, URL,
                  SUMMARY_JSON)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (
                  SELECT 1 FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ?)""",
                job, Date.valueOf(runDate), doc.id(), doc.path(), doc.title(), Date.valueOf(doc.date()),
                doc.source(), doc.url(), toJson(doc.summary()), job, Date.valueOf(runDate), doc.id());
        jdbc.update("""
                INSERT INTO DAYBRIEF_SEEN (JOB_NAME, DOC_ID, FIRST_RUN_DATE)
                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM DAYBRIEF_SEEN WHERE JOB_NAME = ? AND DOC_ID = ?)""",
                job, doc.id(), Date.valueOf(runDate), job, doc.id());
    }

    /** Whether the digest of (job, run date) already holds this document. */
    public boolean isFiled(String job, LocalDate runDate, String docId) {
        return !jdbc.queryForList("SELECT 1 FROM DAYBRIEF_DOCUMENT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ?",
                Integer.class, job, Date.valueOf(runDate), docId).isEmpty();
    }

    public void saveSkipped(String job, LocalDate runDate, SkippedDocument skipped) {
        String reason = skipped.reason().length() > 1000 ? skipped.reason().substring(0, 999) : skipped.reason();
        jdbc.update("""
                INSERT INTO DAYBRIEF_SKIPPED (JOB_NAME, RUN_DATE, PATH, REASON)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (
                  SELECT 1 FROM DAYBRIEF_SKIPPED WHERE JOB_NAME = ? AND RUN_DATE = ? AND PATH = ?)""",
                job, Date.valueOf(runDate), skipped.path(), reason, job, Date.valueOf(runDate), skipped.path());
    }

    /** Drops what a run of (job, date) stored, before that date is rebuilt from its sources. */
    public void forget(String job, LocalDate from, LocalDate to) {
        for (String table : new String[] {"DAYBRIEF_DOCUMENT", "DAYBRIEF_SKIPPED"}) {
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
        jdbc.update("""
                INSERT INTO DAYBRIEF_DOCUMENT_TEXT (JOB_NAME, RUN_DATE, DOC_ID, BODY)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (
                  SELECT 1 FROM DAYBRIEF_DOCUMENT_TEXT WHERE JOB_NAME = ? AND RUN_DATE = ? AND DOC_ID = ?)""",
                job, Date.valueOf(runDate), doc.id(), doc.body(), job, Date.valueOf(runDate), doc.id());
    }

    /**
     * The documents of (job, run date) with their texts (empty when none was kept), ordered by path. A text is
     * keyed by the document's content id, so one left from before a {@code --force} rebuild is still right.
     */
    public List<DocumentSummary> documentsWithText(String job, LocalDate runDate) {
        return jdbc.query("""
                SELECT D.DOC_ID, D.PATH, D.TITLE, D.DOC_DATE, D.SOURCE, D.URL, D.SUMMARY_JSON, T.BODY
                FROM DAYBRIEF_DOCUMENT D LEFT JOIN DAYBRIEF_DOCUMENT_TEXT T
                  ON T.JOB_NAME = D.JOB_NAME AND T.RUN_DATE = D.RUN_DATE AND T.DOC_ID = D.DOC_ID
                WHERE D.JOB_NAME = ? AND D.RUN_DATE = ? ORDER BY D.PATH, D.DOC_ID""",
                (rs, i) -> new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), fromJson(rs.getString(7)),
                        rs.getString(8)),
                job, Date.valueOf(runDate));
    }

    /**
     * The documents of the digests of {@code job} in the {@code days} days before {@code runDate}: the newest
     * {@value #MAX_EARLIER_DOCUMENTS}, each with the first {@value #EARLIER_TEXT_CHARS} characters of its text.
     */
    public List<EarlierDocument> earlierDocuments(String job, LocalDate runDate, int days) {
        // Bounded, so an archive of any size compares each day with a fixed amount of history: the newest
        // documents, and only the opening of each text (enough to recognise the same story).
        return jdbc.query("""
                SELECT D.RUN_DATE, D.DOC_ID, D.PATH, D.TITLE, D.DOC_DATE, D.SOURCE, D.URL, D.SUMMARY_JSON,
                  SUBSTRING(T.BODY, 1, %d)
                FROM DAYBRIEF_DOCUMENT D LEFT JOIN DAYBRIEF_DOCUMENT_TEXT T
                  ON T.JOB_NAME = D.JOB_NAME AND T.RUN_DATE = D.RUN_DATE AND T.DOC_ID = D.DOC_ID
                WHERE D.JOB_NAME = ? AND D.RUN_DATE < ? AND D.RUN_DATE >= ?
                ORDER BY D.RUN_DATE DESC, D.PATH, D.DOC_ID
                FETCH FIRST %d ROWS ONLY""".formatted(EARLIER_TEXT_CHARS, MAX_EARLIER_DOCUMENTS),
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
