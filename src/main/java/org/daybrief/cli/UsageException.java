package org.daybrief.cli;

/**
 * A command line that cannot work as given ({@code --to} before {@code --from}, {@code --sentences 0}, a folder that
 * is not one): exit code 2 with the message as it is, which says what is wrong and the fix. Errors in the options'
 * syntax are picocli's own {@code ParameterException}s; errors in a job file are {@code ConfigException}s.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
