package org.daybrief.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database and a RabbitMQ virtual host of a test's own on the project's services (PostgreSQL on
 * 127.0.0.1:5432 with trust auth and database {@code test}, RabbitMQ on 127.0.0.1:5672 guest/guest, managed with
 * {@code rabbitmqctl}), dropped when closed. A test is skipped, saying so in one line, when they are not reachable.
 */
final class RemoteServices implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":5432/test";
    private static final String USER = "postgres";

    final String name = "daybrief_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private RemoteServices() {
    }

    /** Makes the database and the virtual host, or skips the test when the services are not there. */
    static RemoteServices create() throws Exception {
        Assumptions.assumeTrue(reachable(5432), "skipped: PostgreSQL is not reachable on " + HOST + ":5432 "
                + "(see README, Past one machine, to start it)");
        Assumptions.assumeTrue(reachable(5672) && rabbitmqctl("status"), "skipped: RabbitMQ is not reachable on "
                + HOST + ":5672 or rabbitmqctl cannot reach it (see README, Past one machine, to start it)");
        RemoteServices services = new RemoteServices();
        services.admin("CREATE DATABASE " + services.name);
        if (!rabbitmqctl("add_vhost", services.name)
                || !rabbitmqctl("set_permissions", "-p", services.name, "guest", ".*", ".*", ".*")) {
            services.close();
            throw new IllegalStateException("rabbitmqctl could not make virtual host " + services.name);
        }
        return services;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":5432/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** The documents stored in the database, and how many distinct paths among them: equal when none is twice. */
    List<Integer> storedDocuments() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet counts = sql.executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT PATH) FROM DAYBRIEF_DOCUMENT")) {
            counts.next();
            return List.of(counts.getInt(1), counts.getInt(2));
        }
    }

    /** The settings a manager or worker JVM is given, as system properties (Spring Boot's own keys). */
    List<String> jvmOptions() {
        return List.of("-Dspring.datasource.url=" + jdbcUrl(), "-Dspring.datasource.username=" + USER,
                "-Dspring.datasource.password=", "-Dspring.rabbitmq.host=" + HOST, "-Dspring.rabbitmq.port=5672",
                "-Dspring.rabbitmq.username=guest", "-Dspring.rabbitmq.password=guest",
                "-Dspring.rabbitmq.virtual-host=" + name);
    }

    @Override
    public void close() throws Exception {
        rabbitmqctl("delete_vhost", name);
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean rabbitmqctl(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
