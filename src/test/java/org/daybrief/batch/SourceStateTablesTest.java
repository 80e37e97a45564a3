package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.daybrief.source.imap.MailboxState;
import org.daybrief.source.web.HttpCache;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The HTTP cache, source health and mailbox place tables, on H2 and (when it is reachable) PostgreSQL. */
class SourceStateTablesTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    Path dir;

    @Test
    void onH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("daybrief"));
        h2.setUser("sa");
        checkTables(h2);
    }

    @Test
    void onPostgresql() throws SQLException {
        String database = "daybrief_feeds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connect("test")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        try {
            checkTables(new DriverManagerDataSource(POSTGRES + database, "postgres", ""));
        } finally {
            try (Connection admin = connect("test")) {
                admin.createStatement().execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
    }

    private static Connection connect(String database) {
        try {
            return DriverManager.getConnection(POSTGRES + database, "postgres", "");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is not reachable, skipped: " + e.getMessage());
            return null;
        }
    }

    private static void checkTables(DataSource dataSource) {
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        JdbcHttpCache cache = new JdbcHttpCache(dataSource, transactions);
        URI feed = URI.create("https://news.example/feed.xml?" + "q=".repeat(1500));
        byte[] gzipMagic = {(byte) 0x1f, (byte) 0x8b, 0, (byte) 0xff};
        cache.put(feed, new HttpCache.Cached("\"v1\"", "Tue, 23 Sep 2025 08:00:00 GMT", "application/rss+xml",
                gzipMagic));
        cache.put(feed, new HttpCache.Cached("\"v2\"", "", "application/rss+xml", new byte[] {1, 2, 3}));
        assertThat(cache.get(feed)).hasValueSatisfying(c -> {
            assertThat(c.etag()).isEqualTo("\"v2\"");
            assertThat(c.lastModified()).isEmpty();
            assertThat(c.body()).containsExactly(1, 2, 3);
        });
        assertThat(new JdbcHttpCache(dataSource, transactions).get(URI.create("https://news.example/other")))
                .isEmpty();

        JdbcSourceHealth health = new JdbcSourceHealth(dataSource, transactions);
        Consumer<Integer> failTimes = n -> {
            for (int i = 0; i < n; i++) {
                health.failed("daily", "https://a.example/feed", "HTTP 500");
            }
        };
        failTimes.accept(2);
        assertThat(health.failing("daily")).isEmpty();
        assertThat(health.failed("daily", "https://a.example/feed", "timed out after 30 s")).isEqualTo(3);
        assertThat(health.failing("daily")).containsExactly(
                "https://a.example/feed has failed 3 runs in a row (last: timed out after 30 s)");
        assertThat(health.failing("other")).isEmpty();
        health.succeeded("daily", "https://a.example/feed");
        assertThat(health.failing("daily")).isEmpty();
        assertThat(health.failed("daily", "https://a.example/feed", "HTTP 500")).isEqualTo(1);
        assertThat(health.failed("daily", "https://b.example/feed", "HTTP 404")).isEqualTo(1);

        checkMailboxTables(dataSource, transactions);
    }

    /** Each job's place in each mailbox (UIDVALIDITY, last UID) and the Message-IDs it filed from it. */
    private static void checkMailboxTables(DataSource dataSource, DataSourceTransactionManager transactions) {
        JdbcMailboxStates states = new JdbcMailboxStates(dataSource, transactions);
        String mailbox = "imaps://digest@mail.example.org/" + "Lists/".repeat(600); // longer than its column
        assertThat(states.state("news", mailbox)).isEqualTo(MailboxState.NEVER_READ);

        states.save("news", mailbox, new MailboxState(1700000000123L, 41), List.of("<a@x>", "<b@x>"));
        states.save("news", mailbox, new MailboxState(1700000000123L, 42), List.of("<b@x>", "<c@x>"));

        JdbcMailboxStates again = new JdbcMailboxStates(dataSource, transactions); // another run, same database
        assertThat(again.state("news", mailbox)).isEqualTo(new MailboxState(1700000000123L, 42));
        assertThat(again.knownMessageId("news", mailbox, "<a@x>")).isTrue();
        assertThat(again.knownMessageId("news", mailbox, "<c@x>")).isTrue();
        assertThat(again.knownMessageId("news", mailbox, "<d@x>")).isFalse();
        assertThat(again.knownMessageId("other-job", mailbox, "<a@x>")).isFalse();
        assertThat(again.state("other-job", mailbox)).isEqualTo(MailboxState.NEVER_READ);
    }
}
