package org.daybrief.batch;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Date;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery ledger in the job database ({@code DAYBRIEF_DELIVERY}: job, run date, subscriber → status,
 * Message-ID, last SMTP reply, attempts, updated), and the unsubscribe secret ({@code DAYBRIEF_SECRET}).
 *
 * <p>Every write runs in a new transaction ({@code REQUIRES_NEW}) and is committed before the method returns,
 * even when called from inside a Spring Batch step's transaction: "sending" must be durable before a message
 * leaves and "sent" as soon as it has. Claims are conditional updates or insert-if-absent, so two processes
 * sharing a PostgreSQL database cannot both claim one message. Portable SQL: H2 and PostgreSQL.
 */
@Component
public class JdbcDeliveryLedger implements DeliveryLedger {

    /** The environment variable that, when set, is the unsubscribe secret. */
    public static final String SECRET_ENV = "DAYBRIEF_UNSUBSCRIBE_SECRET";

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_DELIVERY (
          JOB_NAME VARCHAR(100) NOT NULL, RUN_DATE DATE NOT NULL, SUBSCRIBER VARCHAR(254) NOT NULL,
          STATUS VARCHAR(10) NOT NULL, MESSAGE_ID VARCHAR(400) NOT NULL, SMTP_REPLY VARCHAR(1000) NOT NULL,
          ATTEMPTS INTEGER NOT NULL, UPDATED TIMESTAMP NOT NULL,
          PRIMARY KEY (JOB_NAME, RUN_DATE, SUBSCRIBER))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_SECRET (
          NAME VARCHAR(100) NOT NULL, SECRET VARCHAR(200) NOT NULL, PRIMARY KEY (NAME))"""
    };
    private static final String KEY = "JOB_NAME = ? AND RUN_DATE = ? AND SUBSCRIBER = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public JdbcDeliveryLedger(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (String ddl : SCHEMA) {
            jdbc.execute(ddl);
        }
    }

    @Override
    public Optional<Entry> find(String job, LocalDate date, String subscriber) {
        return own.execute(tx -> jdbc.query("SELECT SUBSCRIBER, STATUS, MESSAGE_ID, SMTP_REPLY, ATTEMPTS, UPDATED "
                + "FROM DAYBRIEF_DELIVERY WHERE " + KEY, (rs, i) -> entry(rs), job, Date.valueOf(date), subscriber))
                .stream().findFirst();
    }

    @Override
    public List<Entry> entries(String job, LocalDate date) {
        return own.execute(tx -> jdbc.query("SELECT SUBSCRIBER, STATUS, MESSAGE_ID, SMTP_REPLY, ATTEMPTS, UPDATED "
                + "FROM DAYBRIEF_DELIVERY WHERE JOB_NAME = ? AND RUN_DATE = ? ORDER BY SUBSCRIBER",
                (rs, i) -> entry(rs), job, Date.valueOf(date)));
    }

    @Override
    public boolean claim(String job, LocalDate date, String subscriber, String messageId, Set<Status> from) {
        return Boolean.TRUE.equals(own.execute(tx -> {
            Timestamp now = Timestamp.from(Instant.now());
            for (Status status : from) {
                int updated = jdbc.update("UPDATE DAYBRIEF_DELIVERY SET STATUS = ?, MESSAGE_ID = ?, UPDATED = ? "
                        + "WHERE " + KEY + " AND STATUS = ?", Status.SENDING.key(), messageId, now, job,
                        Date.valueOf(date), subscriber, status.key());
                if (updated == 1) {
                    return true;
                }
            }
            try {
                return jdbc.update("""
                        INSERT INTO DAYBRIEF_DELIVERY (JOB_NAME, RUN_DATE, SUBSCRIBER, STATUS, MESSAGE_ID, SMTP_REPLY,
                          ATTEMPTS, UPDATED)
                        SELECT ?, ?, ?, ?, ?, '', 0, ? WHERE NOT EXISTS (
                          SELECT 1 FROM DAYBRIEF_DELIVERY WHERE JOB_NAME = ? AND RUN_DATE = ? AND SUBSCRIBER = ?)""",
                        job, Date.valueOf(date), subscriber, Status.SENDING.key(), messageId, now, job,
                        Date.valueOf(date), subscriber) == 1;
            } catch (DuplicateKeyException e) {
                return false; // another process inserted it between our check and our insert
            }
        }));
    }

    @Override
    public void sent(String job, LocalDate date, String subscriber, String reply, int attempts) {
        finish(job, date, subscriber, Status.SENT, reply, attempts);
    }

    @Override
    public void failed(String job, LocalDate date, String subscriber, String reply, int attempts) {
        finish(job, date, subscriber, Status.FAILED, reply, attempts);
    }

    @Override
    public void unknown(String job, LocalDate date, String subscriber, String note) {
        finish(job, date, subscriber, Status.UNKNOWN, note, 0);
    }

    private void finish(String job, LocalDate date, String subscriber, Status status, String reply, int attempts) {
        String r = reply == null ? "" : reply.length() > 1000 ? reply.substring(0, 999) : reply;
        own.executeWithoutResult(tx -> jdbc.update("UPDATE DAYBRIEF_DELIVERY SET STATUS = ?, SMTP_REPLY = ?, "
                + "ATTEMPTS = ATTEMPTS + ?, UPDATED = ? WHERE " + KEY, status.key(), r, attempts,
                Timestamp.from(Instant.now()), job, Date.valueOf(date), subscriber));
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

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getString(1), Status.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant());
    }
}
