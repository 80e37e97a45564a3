package org.daybrief.batch;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Locks in the job database that keep one run of a (job, date), or of a backfill range, at a time across
 * processes and hosts. A lock is a row of {@code DAYBRIEF_RUN_LOCK} held with {@code SELECT ... FOR UPDATE} by a
 * transaction of its own, on a connection kept for the run's duration: when the process dies, its connection
 * closes and the database releases the row, so a lock never outlives its holder. Who holds it (pid@host, since
 * when) is written beside it in {@code DAYBRIEF_RUN_HOLDER}, committed, so a waiting process can name it.
 * Portable SQL: H2 and PostgreSQL both refuse {@code FOR UPDATE NOWAIT} at once when the row is taken.
 */
@Component
public class RunLocks {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_RUN_LOCK (LOCK_KEY VARCHAR(300) NOT NULL, PRIMARY KEY (LOCK_KEY))""",
        """
        CREATE TABLE IF NOT EXISTS DAYBRIEF_RUN_HOLDER (
          LOCK_KEY VARCHAR(300) NOT NULL, HOLDER VARCHAR(300) NOT NULL, SINCE TIMESTAMP NOT NULL,
          PRIMARY KEY (LOCK_KEY))"""
    };
    /** SQLSTATEs of "the row is locked by another transaction": PostgreSQL's lock_not_available, H2's timeout. */
    private static final Set<String> LOCKED = Set.of("55P03", "HYT00");
    private static final Duration POLL = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Set<String> heldHere = ConcurrentHashMap.newKeySet();
    private final String self = ProcessHandle.current().pid() + "@" + hostName();

    public RunLocks(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        SchemaStatements.execute(jdbc, SCHEMA);
    }

    /** The lock on {@code key}, held until closed or until this process ends. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the lock on {@code key}, waiting as long as another process holds it; {@code waiting} is told once,
     * in one line naming the holder, when it has to wait.
     */
    public Held take(String key, String what, Consumer<String> waiting) throws SQLException, InterruptedException {
        ensureRow(key);
        boolean told = false;
        while (true) {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                if (lock(connection, key)) {
                    jdbc.update("DELETE FROM DAYBRIEF_RUN_HOLDER WHERE LOCK_KEY = ?", key);
                    jdbc.update("INSERT INTO DAYBRIEF_RUN_HOLDER (LOCK_KEY, HOLDER, SINCE) VALUES (?, ?, ?)", key,
                            self, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
                    heldHere.add(key);
                    return () -> release(connection, key);
                }
                connection.rollback();
                connection.close();
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            if (!told) {
                waiting.accept(what + " is being run by " + holder(key) + "; waiting for it to finish");
                told = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Before this process closes the embedded database that it serves to others (it opened the file first), waits
     * for their runs in progress: closing it would break the chunk they are writing. Idle processes (a
     * {@code serve} between firings) hold no lock and do not keep it waiting: they reconnect, and one of them opens
     * the file. Called by Spring before the connection pool closes.
     */
    @PreDestroy
    void awaitRunsOfOtherProcesses() {
        if (!H2ExitHook.servesDatabase()) {
            return;
        }
        try {
            boolean told = false;
            for (List<String> running; !(running = runsOfOthers()).isEmpty(); Thread.sleep(POLL.toMillis())) {
                if (!told) {
                    System.err.println("daybrief: waiting for " + String.join(", ", running)
                            + " to finish: this process serves the state database to it");
                    told = true;
                }
            }
        } catch (SQLException | RuntimeException e) {
            // The database is already unreachable: nothing to wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "key (run by pid@host since time)" of each lock another process holds now. */
    private List<String> runsOfOthers() throws SQLException {
        List<String> running = new ArrayList<>();
        List<String> keys = jdbc.queryForList("SELECT LOCK_KEY FROM DAYBRIEF_RUN_HOLDER WHERE HOLDER <> ?",
                String.class, self);
        for (String key : keys) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                if (!lock(connection, key)) { // a holder row whose lock is free is left by a killed process
                    running.add(key + " (run by " + holder(key) + ")");
                }
                connection.rollback();
            }
        }
        return running;
    }

    private static boolean lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT LOCK_KEY FROM DAYBRIEF_RUN_LOCK WHERE LOCK_KEY = ? FOR UPDATE NOWAIT")) {
            select.setString(1, key);
            select.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (LOCKED.contains(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void ensureRow(String key) {
        try {
            jdbc.update("INSERT INTO DAYBRIEF_RUN_LOCK (LOCK_KEY) SELECT ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM DAYBRIEF_RUN_LOCK WHERE LOCK_KEY = ?)", key, key);
        } catch (DuplicateKeyException e) {
            // Another process inserted it at the same moment: the row is there, which is all that is needed.
        }
    }

    /** "pid@host since time" of the process holding {@code key}, as it wrote itself down. */
    String holder(String key) {
        List<String> holders = jdbc.query("SELECT HOLDER, SINCE FROM DAYBRIEF_RUN_HOLDER WHERE LOCK_KEY = ?",
                (rs, i) -> rs.getString(1) + " since " + rs.getTimestamp(2).toInstant(), key);
        return holders.isEmpty() ? "another process" : holders.get(0);
    }

    /** Whether this process holds the lock on {@code key}. */
    public boolean heldHere(String key) {
        return heldHere.contains(key);
    }

    private void release(Connection connection, String key) {
        heldHere.remove(key);
        try (connection) {
            jdbc.update("DELETE FROM DAYBRIEF_RUN_HOLDER WHERE LOCK_KEY = ? AND HOLDER = ?", key, self);
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            // The connection is gone (the database closed first): its lock went with it.
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
