package org.daybrief.cli;

import java.io.PrintWriter;
import org.daybrief.config.ConfigException;
import org.springframework.beans.BeansException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become exit codes and messages: 2 for what the user can fix (a job file, a
 * command line; picocli's own option errors also exit 2), 1 for anything else. An exception of any other type,
 * even an IllegalArgumentException, is a bug or a failure, not a usage error: one line, and its stack trace under
 * {@code --debug}.
 */
final class ExitCodes {

    private ExitCodes() {
    }

    static int handle(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        // picocli hands over an Error (a StackOverflowError, say) wrapped in its ExecutionException
        Throwable t = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof ConfigException || t instanceof UsageException) {
            err.println("daybrief: " + t.getMessage());
            return Main.USAGE;
        }
        // A shell that could not start wraps what went wrong (a state database it cannot open, say) in a bean's
        // creation, several deep: the deepest cause says what, the wrappers only where.
        Throwable root = t;
        while (t instanceof BeansException && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getName()
                : root.getMessage().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        err.println("daybrief: failed: " + message);
        if (debug(parsed)) {
            t.printStackTrace(err);
        }
        err.flush();
        return Main.FAILED;
    }

    /** {@code --debug} given before the command or after it (an inherited option is matched where it was written). */
    static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
