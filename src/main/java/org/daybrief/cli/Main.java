package org.daybrief.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Daybrief's command line. {@link #run} returns the exit code instead of exiting, so tests drive the CLI
 * in-process: 0 done, 1 the run failed (or an internal error), 2 bad usage or configuration.
 */
@Command(name = "daybrief", mixinStandardHelpOptions = true, version = "Daybrief 0.1.0",
        description = "Summarises documents and builds daily digests.",
        subcommandsRepeatable = false)
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "on an internal error, print its stack trace too")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // Subcommands are registered here, one line each.
        cli.addSubcommand(new RunCommand());
        cli.addSubcommand(new BackfillCommand());
        cli.addSubcommand(new ServeCommand());
        cli.addSubcommand(new SummarizeCommand());
        cli.addSubcommand(new EvalCommand());
        cli.addSubcommand(new SendCommand());
        cli.addSubcommand(new SubscribersCommand());
        cli.addSubcommand(new WorkerCommand());
        cli.setExecutionExceptionHandler(ExitCodes::handle);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
