package org.daybrief.batch;

import java.lang.reflect.Field;

/**
 * H2's own shutdown hook, taken out of the JVM's hooks so that Daybrief runs it itself, last: on SIGTERM the
 * embedded database must outlive the run's last chunk, and it must still be closed (flushed) before the JVM ends.
 *
 * <p>Why not {@code DB_CLOSE_ON_EXIT=FALSE} in the URL: H2 refuses it together with {@code AUTO_SERVER=TRUE}
 * ("Feature not supported"), and the auto-server mode is what lets {@code run}, {@code send} and {@code eval}
 * share the state beside a {@code serve} that stays up for weeks. And the close matters more with it: a process
 * that opened the file serves it to the others, whose sessions keep the database open after its own pool has
 * closed; without a close at exit, its last commits (a job's COMPLETED) were lost with the process.
 *
 * <p>The hook is H2's package-private {@code OnExitDatabaseCloser.INSTANCE}, registered when this process opens
 * the database file itself; its {@code run()} closes every database this JVM opened. If a later H2 renames it,
 * H2 keeps its hook: SIGTERM then closes the database under a running step, which ends FAILED instead of STOPPED,
 * and the same command still resumes it from its last committed chunk.
 */
public final class H2ExitHook {

    private static Thread hook;

    private H2ExitHook() {
    }

    /** Takes H2's hook out of the JVM's shutdown hooks, if H2 registered it (this process opened the file). */
    public static synchronized void takeOver() {
        try {
            Class<?> closer = Class.forName("org.h2.engine.OnExitDatabaseCloser");
            Field instance = closer.getDeclaredField("INSTANCE");
            instance.setAccessible(true);
            Thread h2 = (Thread) instance.get(null);
            if (Runtime.getRuntime().removeShutdownHook(h2)) {
                hook = h2;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not H2 (PostgreSQL), or an H2 without this hook: nothing to take over.
        }
    }

    /** Whether this JVM opened the database file and serves it to the other processes (H2's auto-server). */
    public static synchronized boolean servesDatabase() {
        return hook != null;
    }

    /** Closes the databases this JVM opened, as H2's hook would have: call it last, when nothing uses them. */
    public static synchronized void closeDatabases() {
        if (hook != null) {
            hook.run(); // its body, on this thread; the thread object itself is never started
            hook = null;
        }
    }
}
