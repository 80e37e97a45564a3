package org.daybrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.daybrief.batch.DaybriefApplication;
import org.daybrief.config.ConfigException;
import org.daybrief.config.JobFileLoader;
import org.daybrief.config.PublicUrl;
import org.daybrief.deliver.FileProblems;
import org.daybrief.summarize.Summarizer;
import org.daybrief.web.DaybriefSite;
import org.daybrief.web.SiteJobs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.daybrief.batch.DigestRunner;
import org.daybrief.batch.H2ExitHook;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Model.CommandSpec;

/** What the job commands share: loading job files, reading dates, starting the Spring shell. */
final class Jobs {

    private static final int STOP_WAIT_SECONDS = 120;
    private static final String PREINITIALIZE = "spring.backgroundpreinitializer.ignore";

    private Jobs() {
    }

    static JobFileLoader loader() {
        PublicUrl.fromEnvironment(); // a bad DAYBRIEF_PUBLIC_URL stops every job command at start (exit 2)
        return new JobFileLoader(Path.of(""), Set.copyOf(Summarizer.METHODS));
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigException("(command line)", option, "'" + value + "' is not a date",
                    "write it as YYYY-MM-DD, e.g. 2025-09-22");
        }
    }

    /**
     * Starts the Spring shell for a command that runs jobs. On SIGTERM or Ctrl-C, runs in progress are asked to stop
     * after their current chunk (they end STOPPED, and the same command resumes them) and the shell is closed only
     * once the command has finished with it: Spring's own shutdown hook, and H2's, would close the database under
     * a running step. {@code profiles} switch on remote partitioning (a manager, or a worker). Under {@code --debug}
     * a failed step's stack trace is logged as well as the report's line.
     */
    static ConfigurableApplicationContext startSpring(CommandSpec command, String... profiles) {
        return startSpring(command, null, profiles);
    }

    /**
     * As {@link #startSpring(CommandSpec, String...)}; with {@code site} set the shell is also a web application
     * ({@link DaybriefSite}: the digest site, unsubscribe endpoint, health and metrics on {@code server.port}).
     * Only {@code serve} with a port asks for it: every other command keeps a non-web shell and its start-up time.
     */
    static ConfigurableApplicationContext startSpring(CommandSpec command, SiteJobs site, String... profiles) {
        List<String> args = new ArrayList<>();
        if (ExitCodes.debug(command.root().commandLine().getParseResult())) {
            args.add("--logging.level.org.springframework.batch.core.step.AbstractStep=ERROR");
            args.add("--logging.level.org.springframework.boot.SpringApplication=ERROR");
        }
        prepareStateDir();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(DaybriefApplication.class)
                .profiles(profiles).registerShutdownHook(false);
        if (site == null && System.getProperty(PREINITIALIZE) == null) {
            // Spring Boot warms up, in a thread it waits for before the shell is ready, what is on the class path:
            // with the web stack that is Jackson 3 and the HTTP converters, which no other command uses.
            System.setProperty(PREINITIALIZE, "true");
        }
        if (site != null) {
            args.add("--spring.main.web-application-type=servlet"); // over application.properties' none
            builder.sources(DaybriefSite.class).initializers(c -> c.getBeanFactory().registerSingleton("siteJobs", site));
        }
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        H2ExitHook.takeOver(); // registered by now if this process opened the database file
        DataSource pool = context.getBean(DataSource.class);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (context.isActive()) {
                    System.err.println("daybrief: stopping; runs in progress finish their current chunk");
                    context.getBean(DigestRunner.class).stopRunning();
                    closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The command closed the shell meanwhile (serve's own hook does): nothing is left to stop.
            } finally {
                // Closes the shell if the command has not. Then the database, last, once the shell's connection
                // pool is closed: the shell may first wait for other processes' runs that reach the database
                // through this one (RunLocks). close() does not wait for that: a closing thread found sleeping is
                // taken for stuck, and close() returns at once.
                context.close();
                awaitClosed(pool);
                H2ExitHook.closeDatabases();
            }
        }, "daybrief-stop"));
        return context;
    }

    /**
     * The embedded database's folder, made before the shell starts: H2 refuses a path that is relative without
     * "./" ({@code -Ddaybrief.state-dir=state}), so it is made absolute, and a folder that cannot be made (a file
     * in its way) is a configuration error in one line, not a shell that fails 30 times over while starting.
     */
    private static void prepareStateDir() {
        if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
            return; // another database (PostgreSQL): no folder of ours
        }
        Path dir = Path.of(System.getProperty("daybrief.state-dir", "output/.state")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof IOException io ? FileProblems.describe(io, dir)
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new ConfigException("job database", "daybrief.state-dir",
                    "cannot make the job database's folder " + dir + ": " + why,
                    "move what stands in its way, or set -Ddaybrief.state-dir=DIR in DAYBRIEF_JAVA_OPTS");
        }
        System.setProperty("daybrief.state-dir", dir.toString());
    }

    private static void awaitClosed(DataSource pool) {
        try {
            while (pool instanceof HikariDataSource hikari && !hikari.isClosed()) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
