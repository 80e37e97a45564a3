package org.daybrief.source.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How feeds and pages are fetched (the job file's {@code web:} section).
 *
 * @param delay        the pause between two requests to the same host
 * @param timeout      connecting, and waiting for an answer's headers, at most this long
 * @param retries      a request answered 429 or 503 is tried again at most this many times
 * @param maxRetryWait a {@code Retry-After} longer than this is not waited for: the source fails this run instead
 */
public record WebSettings(Duration delay, Duration timeout, int retries, Duration maxRetryWait) {

    public static final WebSettings DEFAULTS = new WebSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 2,
            Duration.ofSeconds(60));

    public WebSettings {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (retries < 0 || delay.isNegative() || timeout.isNegative() || timeout.isZero()
                || maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("web settings out of range: " + this);
        }
    }
}
