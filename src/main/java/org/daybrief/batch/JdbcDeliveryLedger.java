package org.daybrief.batch;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.daybrief.deliver.mail.DeliveryLedger;
import org.daybrief.deliver.mail.Route;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery ledger in the job database ({@code DAYBRIEF_DELIVERY}: job, run date, route, subscriber → status,
 * Message-ID, last SMTP reply, attempts, updated), and the unsubscribe secret ({@code DAYBRIEF_SECRET}).
 *
 * <p>Every write runs in a new transaction ({@code REQUIRES_NEW}) and is committed before the method returns,
 * even when called from inside a Spring Batch step's transaction: "sending" must be durable before a message
 * leaves and "sent" as soon as it has. Claims are conditional updates or insert-if-absent, so two processes
 * sharing a PostgreSQL database cannot both claim one message. Portable SQL: H2 and PostgreSQL.
 *
 * <p><b>Older databases.</b> Before routes, the table had no {@code ROUTE} column and one row per subscriber. On
 * start it is renamed {@code DAYBRIEF_DELIVERY_V1}, its rows are copied into the new table and it is dropped;
 * each step can be repeated, so a crash or a second process half-way through does no harm. A row goes to the
 * outbox route when its reply is what the outbox writes ({@code written <file>}, {@code found in outbox ...},
 * {@code cannot write ...}), otherwise to SMTP: a row that might stand for a message an SMTP server accepted must
 * never become one that is sent again.
 */
@Component
public class JdbcDeliveryLedger implements DeliveryLedger {

    /** The environment variable that, when set, is the unsubscribe secret. */
    public static final String SECRET_ENV = "DAYBRIEF_UNSUBSCRIBE_SECRET";

    private static final String TABLE = "DAYBRIEF_DELIVERY";
    private static final String OLD_TABLE = "DAYBRIEF_DELIVERY_V1";
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_DELIVERY (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, ROUTE VARCHAR(10) NOT NULL,
          SUBSCRIBER VARCHAR(254) NOT NULL, STATUS VARCHAR(10) NOT NULL, MESSAGE_ID VARCHAR(400) NOT NULL,
          SMTP_REPLY VARCHAR(1000) NOT NULL, ATTEMPTS INTEGER NOT NULL, UPDATED TIMESTAMP NOT NULL,
          PRIMARY KEY (JOB_NAME, RUN_DATE, ROUTE, SUBSCRIBER))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SECRET (
          NAME VARCHAR(100) NOT NULL, SECRET VARCHAR(200) NOT NULL, PRIMARY KEY (NAME))"""
    };
    /** Rows of the table before routes, each given the route that made it (see the class comment). */
    private static final String COPY_OLD_ROWS = """
            INSERT INTO DAYBRIEF_DELIVERY (JOB_NAME, RUN_DATE, ROUTE, SUBSCRIBER, STATUS, MESSAGE_ID, SMTP_REPLY,
              ATTEMPTS, UPDATED)
            SELECT o.JOB_NAME, o.RUN_DATE, o.ROUTE, o.SUBSCRIBER, o.STATUS, o.MESSAGE_ID, o.SMTP_REPLY, o.ATTEMPTS,
              o.UPDATED FROM (
                SELECT v.*, CASE WHEN v.SMTP_REPLY LIKE 'written %' OR v.SMTP_REPLY LIKE 'found in outbox%'
                  OR v.SMTP_REPLY LIKE 'cannot write %' THEN 'outbox' ELSE 'smtp' END AS ROUTE
                FROM DAYBRIEF_DELIVERY_V1 v) o
            WHERE NOT EXISTS (SELECT 1 FROM DAYBRIEF_DELIVERY n WHERE n.JOB_NAME = o.JOB_NAME
              AND n.RUN_DATE = o.RUN_DATE AND n.ROUTE = o.ROUTE AND n.SUBSCRIBER = o.SUBSCRIBER)""";
    private static final String KEY = "JOB_NAME = ? AND RUN_DATE = ? AND ROUTE = ? AND SUBSCRIBER = ?";
    private static final String COLUMNS = "ROUTE, SUBSCRIBER, STATUS, MESSAGE_ID, SMTP_REPLY, ATTEMPTS, UPDATED";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public JdbcDeliveryLedger(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        setAsideTableWithoutRoutes();
        SchemaStatements.execute(jdbc, SCHEMA);
        if (hasTable(OLD_TABLE)) {
            try {
                own.executeWithoutResult(tx -> jdbc.update(COPY_OLD_ROWS));
            } catch (DuplicateKeyException e) {
                // another process copied the same rows just now
            }
            jdbc.execute("DROP TABLE IF EXISTS " + OLD_TABLE);
        }
    }

    /** Renames a {@code DAYBRIEF_DELIVERY} made before routes (no {@code ROUTE} column) to {@value #OLD_TABLE}. */
    private void setAsideTableWithoutRoutes() {
        if (!hasTable(TABLE) || hasColumn(TABLE, "ROUTE")) {
            return;
        }
        try {
            jdbc.execute("ALTER TABLE " + TABLE + " RENAME TO " + OLD_TABLE);
        } catch (DataAccessException e) {
            if (!hasTable(OLD_TABLE)) {
                throw e;
            } // else another process renamed it first
        }
    }

    private boolean hasTable(String name) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            for (String n : List.of(name, name.toLowerCase(Locale.ROOT))) { // H2 keeps upper case, PostgreSQL lower
                try (ResultSet rs = meta.getTables(null, c.getSchema(), n, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        }));
    }

    private boolean hasColumn(String table, String column) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            for (String t : List.of(table, table.toLowerCase(Locale.ROOT))) {
                for (String n : List.of(column, column.toLowerCase(Locale.ROOT))) {
                    try (ResultSet rs = meta.getColumns(null, c.getSchema(), t, n)) {
                        if (rs.next()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }));
    }

    private static Object[] key(Mailing mailing, String subscriber) {
        return new Object[] {mailing.job(), Date.valueOf(mailing.date()), mailing.route().key(), subscriber};
    }

    @Override
    public Optional<Entry> find(Mailing mailing, String subscriber) {
        return own.execute(tx -> jdbc.query("SELECT " + COLUMNS + " FROM DAYBRIEF_DELIVERY WHERE " + KEY,
                (rs, i) -> entry(rs), key(mailing, subscriber))).stream().findFirst();
    }

    @Override
    public List<Entry> entries(String job, LocalDate date) {
        return own.execute(tx -> jdbc.query("SELECT " + COLUMNS + " FROM DAYBRIEF_DELIVERY WHERE JOB_NAME = ? AND "
                + "RUN_DATE = ? ORDER BY ROUTE, SUBSCRIBER", (rs, i) -> entry(rs), job, Date.valueOf(date)));
    }

    @Override
    public boolean claim(Mailing mailing, String subscriber, String messageId, Set<Status> from) {
        Object[] key = key(mailing, subscriber);
        return Boolean.TRUE.equals(own.execute(tx -> {
            Timestamp now = Timestamp.from(Instant.now());
            for (Status status : from) {
                int updated = jdbc.update("UPDATE DAYBRIEF_DELIVERY SET STATUS = ?, MESSAGE_ID = ?, UPDATED = ? "
                        + "WHERE " + KEY + " AND STATUS = ?", Status.SENDING.key(), messageId, now, key[0], key[1],
                        key[2], key[3], status.key());
                if (updated == 1) {
                    return true;
                }
            }
            try {
                return jdbc.update("""
                        INSERT INTO DAYBRIEF_DELIVERY (JOB_NAME, RUN_DATE, ROUTE, SUBSCRIBER, STATUS, MESSAGE_ID,
                          SMTP_REPLY, ATTEMPTS, UPDATED)
                        SELECT ?, ?, ?, ?, ?, ?, '', 0, ? WHERE NOT EXISTS (
                          SELECT 1 FROM DAYBRIEF_DELIVERY WHERE JOB_NAME = ? AND RUN_DATE = ? AND ROUTE = ?
                            AND SUBSCRIBER = ?)""",
                        key[0], key[1], key[2], key[3], Status.SENDING.key(), messageId, now, key[0], key[1], key[2],
                        key[3]) == 1;
            } catch (DuplicateKeyException e) {
                return false; // another process inserted it between our check and our insert
            }
        }));
    }

    @Override
    public void sent(Mailing mailing, String subscriber, String reply, int attempts) {
        finish(mailing, subscriber, Status.SENT, reply, attempts);
    }

    @Override
    public void failed(Mailing mailing, String subscriber, String reply, int attempts) {
        finish(mailing, subscriber, Status.FAILED, reply, attempts);
    }

    @Override
    public void unknown(Mailing mailing, String subscriber, String note) {
        finish(mailing, subscriber, Status.UNKNOWN, note, 0);
    }

    private void finish(Mailing mailing, String subscriber, Status status, String reply, int attempts) {
        String r = reply == null ? "" : reply.length() > 1000 ? reply.substring(0, 999) : reply;
        Object[] key = key(mailing, subscriber);
        own.executeWithoutResult(tx -> jdbc.update("UPDATE DAYBRIEF_DELIVERY SET STATUS = ?, SMTP_REPLY = ?, "
                + "ATTEMPTS = ATTEMPTS + ?, UPDATED = ? WHERE " + KEY, status.key(), r, attempts,
                Timestamp.from(Instant.now()), key[0], key[1], key[2], key[3]));
    }

    /**
     * The secret behind unsubscribe tokens: {@value #SECRET_ENV} when it is set (at least 16 characters), else a
     * random 256-bit secret created on first use and kept in {@code DAYBRIEF_SECRET}, so tokens stay the same
     * across runs and processes sharing the database.
     *
     * @param fromEnvironment the variable's value, or null
     */
    public byte[] unsubscribeSecret(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            if (fromEnvironment.strip().length() < 16) {
                throw new IllegalArgumentException(SECRET_ENV + " is shorter than 16 characters: use a long random "
                        + "value, e.g. the output of 'openssl rand -base64 32'");
            }
            return fromEnvironment.strip().getBytes(StandardCharsets.UTF_8);
        }
        return own.execute(tx -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                jdbc.update("""
                        INSERT INTO DAYBRIEF_SECRET (NAME, SECRET) SELECT ?, ? WHERE NOT EXISTS (
                          SELECT 1 FROM DAYBRIEF_SECRET WHERE NAME = ?)""", "unsubscribe",
                        Base64.getEncoder().encodeToString(random), "unsubscribe");
            } catch (DuplicateKeyException e) {
                // created by another process just now: read theirs
            }
            String stored = jdbc.queryForObject("SELECT SECRET FROM DAYBRIEF_SECRET WHERE NAME = ?", String.class,
                    "unsubscribe");
            return Base64.getDecoder().decode(stored);
        });
    }

    private static Entry entry(ResultSet rs) throws java.sql.SQLException {
        return new Entry(Route.of(rs.getString(1)), rs.getString(2),
                Status.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getTimestamp(7).toInstant());
    }
}
