package org.daybrief.source.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, and a pause between two requests to the same host, so a run that fetches many
 * articles from one site does not hammer it. One pacer serves the whole process ({@link #SHARED}), so jobs that
 * run at once in {@code serve} take turns too. Thread-safe.
 */
final class HostPacer {

    static final HostPacer SHARED = new HostPacer();

    private final Map<String, Host> hosts = new HashMap<>();

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        long nextAllowedNanos;
        boolean used;
    }

    /**
     * Waits for the host's turn and holds it; the caller must call {@link Turn#close()} when its request is done.
     *
     * @param delay the pause the caller's job asks for after this request, before the host's next one
     */
    Turn await(String host, Duration delay) throws InterruptedException {
        Host h;
        synchronized (hosts) {
            h = hosts.computeIfAbsent(host, k -> new Host());
        }
        h.lock.lockInterruptibly();
        try {
            if (h.used) {
                long wait = h.nextAllowedNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            h.lock.unlock();
            throw e;
        }
        return () -> {
            h.used = true;
            h.nextAllowedNanos = System.nanoTime() + delay.toNanos();
            h.lock.unlock();
        };
    }

    /** A host's turn, held until closed. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
