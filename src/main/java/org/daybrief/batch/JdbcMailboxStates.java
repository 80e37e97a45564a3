package org.daybrief.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.daybrief.source.imap.MailboxState;
import org.daybrief.source.imap.MailboxStates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each job's place in each mailbox ({@code DAYBRIEF_IMAP_STATE}: UIDVALIDITY and the last UID filed) and the
 * Message-IDs it filed from it ({@code DAYBRIEF_IMAP_MESSAGE}, consulted when a folder's UIDVALIDITY changes).
 * Mailbox URLs and Message-IDs are kept as SHA-256 keys, so either fits whatever its length. The two are written in
 * one transaction. Portable SQL: H2 and PostgreSQL.
 */
@Component
public class JdbcMailboxStates implements MailboxStates {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_IMAP_STATE (
          JOB_NAME VARCHAR(100) NOT NULL, MAILBOX_KEY VARCHAR(64) NOT NULL, MAILBOX VARCHAR(2000) NOT NULL,
          UID_VALIDITY BIGINT NOT NULL, LAST_UID BIGINT NOT NULL, PRIMARY KEY (JOB_NAME, MAILBOX_KEY))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_IMAP_MESSAGE (
          JOB_NAME VARCHAR(100) NOT NULL, MAILBOX_KEY VARCHAR(64) NOT NULL, MESSAGE_KEY VARCHAR(64) NOT NULL,
          PRIMARY KEY (JOB_NAME, MAILBOX_KEY, MESSAGE_KEY))"""
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcMailboxStates(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        SchemaStatements.execute(jdbc, SCHEMA); // several processes may start at once on an empty PostgreSQL
    }

    @Override
    public MailboxState state(String job, String mailbox) {
        return jdbc.query("SELECT UID_VALIDITY, LAST_UID FROM DAYBRIEF_IMAP_STATE WHERE JOB_NAME = ? AND MAILBOX_KEY = ?",
                (rs, i) -> new MailboxState(rs.getLong(1), rs.getLong(2)), job, key(mailbox)).stream().findFirst()
                .orElse(MailboxState.NEVER_READ);
    }

    @Override
    public boolean knownMessageId(String job, String mailbox, String messageId) {
        return !jdbc.queryForList("""
                SELECT 1 FROM DAYBRIEF_IMAP_MESSAGE WHERE JOB_NAME = ? AND MAILBOX_KEY = ? AND MESSAGE_KEY = ?""",
                Integer.class, job, key(mailbox), key(messageId)).isEmpty();
    }

    @Override
    public void save(String job, String mailbox, MailboxState state, List<String> messageIds) {
        String box = key(mailbox);
        String shown = mailbox.length() > 2000 ? mailbox.substring(0, 2000) : mailbox;
        transaction.executeWithoutResult(s -> {
            int updated = jdbc.update("""
                    UPDATE DAYBRIEF_IMAP_STATE SET UID_VALIDITY = ?, LAST_UID = ? WHERE JOB_NAME = ? AND MAILBOX_KEY = ?""",
                    state.uidValidity(), state.lastUid(), job, box);
            if (updated == 0) {
                jdbc.update("""
                        INSERT INTO DAYBRIEF_IMAP_STATE (JOB_NAME, MAILBOX_KEY, MAILBOX, UID_VALIDITY, LAST_UID)
                        VALUES (?, ?, ?, ?, ?)""", job, box, shown, state.uidValidity(), state.lastUid());
            }
            for (String id : messageIds) {
                String message = key(id);
                jdbc.update("""
                        INSERT INTO DAYBRIEF_IMAP_MESSAGE (JOB_NAME, MAILBOX_KEY, MESSAGE_KEY)
                        SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM DAYBRIEF_IMAP_MESSAGE
                          WHERE JOB_NAME = ? AND MAILBOX_KEY = ? AND MESSAGE_KEY = ?)""",
                        job, box, message, job, box, message);
            }
        });
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
