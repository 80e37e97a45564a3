package org.daybrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.daybrief.batch.RemoteConfiguration;
import org.daybrief.batch.RemoteWorker;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code daybrief worker}: runs partitions of remote runs until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Joins the broker (SPRING_RABBITMQ_*) and the shared job database (SPRING_DATASOURCE_*) and "
                + "runs partitions of the runs started with --remote, one at a time, until stopped. It reads the "
                + "job files and sources at the paths the manager sends: mount them at the same paths. On SIGTERM "
                + "or Ctrl-C the partition in progress stops after its current chunk.")
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RemoteMode.requireSettings("worker");
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = Jobs.startSpring(spec, RemoteConfiguration.PROFILE,
                RemoteWorker.PROFILE)) {
            RemoteWorker worker = context.getBean(RemoteWorker.class);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                worker.stop();
                stopped.countDown();
            }, "daybrief-worker-stop"));
            worker.start();
            err.println("daybrief: worker: ready (pid " + ProcessHandle.current().pid() + "); taking partitions "
                    + "until stopped");
            err.flush();
            stopped.await();
        }
        return Main.OK;
    }
}
