package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.daybrief.batch.RunLocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What remote mode needs before it starts, and the run lock it relies on, on PostgreSQL. */
class RemoteModeTest {

    @TempDir
    Path dir;

    @Test
    void remoteWithoutTheSharedDatabaseAndBrokerIsExitTwoInOneLineNamingWhatToSet() throws Exception {
        Path job = Files.writeString(dir.resolve("a.yml"), "name: a\nsources: [" + dir + "]\n");
        CliRunner backfill = CliRunner.run("backfill", "--job", job.toString(), "--from", "2025-06-01", "--to",
                "2025-06-02", "--remote");
        assertThat(backfill.exitCode()).isEqualTo(Main.USAGE);
        assertThat(backfill.err().lines().toList()).containsExactly("daybrief: --remote needs the shared job "
                + "database and broker: set SPRING_DATASOURCE_URL (the PostgreSQL database every host shares, e.g. "
                + "jdbc:postgresql://db-host:5432/daybrief) and SPRING_RABBITMQ_HOST (the RabbitMQ broker, e.g. "
                + "mq-host; with SPRING_RABBITMQ_USERNAME, _PASSWORD, _VIRTUAL_HOST as needed)");
        CliRunner worker = CliRunner.run("worker");
        assertThat(worker.exitCode()).isEqualTo(Main.USAGE);
        assertThat(worker.err()).startsWith("daybrief: worker needs the shared job database and broker: set ")
                .hasLineCount(1);
        assertThat(dir.resolve("output")).as("nothing started").doesNotExist();
    }

    @Test
    void remoteRefusesAJobWithAFeedNamingTheEntryBeforeAnythingStarts() throws Exception {
        Path job = Files.writeString(dir.resolve("news.yml"),
                "name: news\nsources: [" + dir + ", 'http://127.0.0.1:9/feed.xml']\n");
        System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:9/none");
        System.setProperty("spring.rabbitmq.host", "127.0.0.1");
        try {
            CliRunner run = CliRunner.run("run", "--job", job.toString(), "--date", "2025-06-01", "--remote");
            assertThat(run.exitCode()).isEqualTo(Main.USAGE);
            assertThat(run.err().lines().toList()).containsExactly("daybrief: " + job + ": sources[1]: "
                    + "'http://127.0.0.1:9/feed.xml' is not a file, folder or archive: --remote partitions files and "
                    + "archives only (fix: run this job without --remote, or put its feeds, pages and mailboxes in "
                    + "another job)");
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.rabbitmq.host");
        }
        assertThat(dir.resolve("output")).as("nothing started").doesNotExist();
    }

    @Test
    void aRunLockHeldByOneManagerKeepsAnotherWaitingOnPostgreSQLUntilReleased() throws Exception {
        try (RemoteServices services = RemoteServices.create()) {
            DriverManagerDataSource db = new DriverManagerDataSource(services.jdbcUrl(), "postgres", "");
            String key = "backfill/arch/2025-06-01/2025-06-06";
            RunLocks.Held held = new RunLocks(db).take(key, "arch", line -> { });
            List<String> told = new CopyOnWriteArrayList<>();
            CountDownLatch waiting = new CountDownLatch(1);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<RunLocks.Held> second = other.submit(() -> new RunLocks(db).take(key, "arch from 2025-06-01",
                        line -> {
                            told.add(line);
                            waiting.countDown();
                        }));
                assertThat(waiting.await(60, TimeUnit.SECONDS)).as("the second one waits").isTrue();
                assertThat(second).isNotDone();
                assertThat(told.get(0)).startsWith("arch from 2025-06-01 is being run by "
                        + ProcessHandle.current().pid() + "@");
                held.close();
                second.get(60, TimeUnit.SECONDS).close();
            } finally {
                other.shutdownNow();
            }
        }
    }
}
