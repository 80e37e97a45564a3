package org.daybrief.batch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Time spent per stage of a run, kept in Micrometer timers, for the run report. Thread-safe. */
final class StageTimes {

    static final String PARSE = "parse";
    static final String SUMMARIZE = "summarize";
    static final String STORE = "store";
    static final String RENDER = "render";
    static final String WRITE = "write";
    private static final List<String> ORDER = List.of(PARSE, SUMMARIZE, STORE, RENDER, WRITE);

    /** A unit of work that may throw a checked exception. */
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final MeterRegistry registry;

    StageTimes() {
        this(new SimpleMeterRegistry());
    }

    StageTimes(MeterRegistry registry) {
        this.registry = registry;
    }

    <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            timer(stage).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String stage) {
        return Timer.builder("daybrief.stage").tag("stage", stage).register(registry);
    }

    /** Total time per stage, in pipeline order, for the stages that ran. */
    Map<String, Duration> totals() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (String stage : ORDER) {
            Timer t = registry.find("daybrief.stage").tag("stage", stage).timer();
            if (t != null && t.count() > 0) {
                out.put(stage, Duration.ofNanos((long) t.totalTime(TimeUnit.NANOSECONDS)));
            }
        }
        return out;
    }
}
