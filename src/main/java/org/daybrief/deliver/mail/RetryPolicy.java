package org.daybrief.deliver.mail;

import java.time.Duration;

/**
 * How often a transient failure (4xx, connection trouble) is retried within one run: {@code maxAttempts} in
 * all, waiting {@code firstDelay}, then {@code factor} times longer each time.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, double factor, Sleeper sleeper) {

    /** Three attempts, 2 s and 8 s apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(2), 4.0, Sleeper.THREAD);

    /** Waits; tests pass one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper THREAD = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
    }

    /** The wait before attempt {@code attempt} (2, 3, ...). */
    public Duration delayBefore(int attempt) {
        return Duration.ofMillis((long) (firstDelay.toMillis() * Math.pow(factor, Math.max(0, attempt - 2))));
    }
}
