package org.daybrief.batch;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Job databases for tests: H2 in a file, as by default, or (registered as an extension) a PostgreSQL database of
 * the test's own on 127.0.0.1:5432 (trust, database {@code test}), dropped after each test; a test that asks for
 * PostgreSQL is skipped, saying so, when it is not reachable.
 */
final class TestDatabases implements AfterEachCallback {

    private static final String HOST = "127.0.0.1";
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":5432/test";
    private static final String USER = "postgres";

    private final String prefix;
    private String database;

    /** @param prefix the start of the databases' names */
    TestDatabases(String prefix) {
        this.prefix = prefix;
    }

    /** The job database as by default: H2 in a file in {@code dir}. */
    static DataSource h2(Path dir) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("daybrief"));
        h2.setUser("sa");
        return h2;
    }

    /** A new PostgreSQL database for this test, or the test skipped. */
    DataSource create() throws Exception {
        Assumptions.assumeTrue(reachable(), "skipped: PostgreSQL is not reachable on " + HOST + ":5432");
        database = prefix + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + database);
        return new DriverManagerDataSource("jdbc:postgresql://" + HOST + ":5432/" + database, USER, "");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            database = null;
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
