package org.daybrief.batch;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The same tests with the job database in PostgreSQL (127.0.0.1:5432, trust, database {@code test}): a database
 * of their own, dropped afterwards; skipped, saying so, when PostgreSQL is not reachable.
 */
class PostgresSuppressionsTest extends JdbcSuppressionsTest {

    private static final String HOST = "127.0.0.1";
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":5432/test";
    private static final String USER = "postgres";

    private String database;

    @Override
    DataSource dataSource() throws Exception {
        Assumptions.assumeTrue(reachable(), "skipped: PostgreSQL is not reachable on " + HOST + ":5432");
        database = "daybrief_suppress_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + database);
        return new DriverManagerDataSource("jdbc:postgresql://" + HOST + ":5432/" + database, USER, "");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, 5432), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
