package org.daybrief.cli;

import org.daybrief.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The one place where exceptions become exit codes and messages. */
final class ExitCodes {

    private ExitCodes() {
    }

    static int forException(Throwable t) {
        return t instanceof ConfigException || t instanceof IllegalArgumentException ? Main.USAGE : Main.FAILED;
    }

    static int handle(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
            cli.getErr().println("daybrief: " + e.getMessage());
            return Main.USAGE;
        }
        cli.getErr().println("daybrief: failed: " + e);
        e.printStackTrace(cli.getErr());
        return Main.FAILED;
    }
}
