package org.daybrief.batch;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.dsl.context.IntegrationFlowContext.IntegrationFlowRegistration;
import org.springframework.stereotype.Component;

/**
 * A worker process's control: starts taking partition requests, and stops (on SIGTERM) after the chunk in progress,
 * so the partition ends STOPPED and the manager's rerun resumes it where it stopped.
 */
@Component
@Profile(RemoteWorker.PROFILE)
public class RemoteWorker {

    /** Spring profile of a worker process (with {@link RemoteConfiguration#PROFILE}). */
    public static final String PROFILE = "worker";

    private final SimpleMessageListenerContainer listener;
    private final IntegrationFlowContext flows;
    private final AtomicReference<StepExecution> current = new AtomicReference<>();

    RemoteWorker(SimpleMessageListenerContainer partitionListener, IntegrationFlowContext flows) {
        this.listener = partitionListener;
        this.flows = flows;
    }

    /** A partition in progress, until closed. */
    interface Running extends AutoCloseable {
        @Override
        void close();
    }

    Running running(StepExecution execution) {
        current.set(execution);
        return () -> current.compareAndSet(execution, null);
    }

    /** Starts the request handler, then the consumer: partitions run from now on, one at a time. */
    public void start() {
        // Spring Batch registers the handler's flow without starting it.
        flows.getRegistry().values().forEach(IntegrationFlowRegistration::start);
        listener.start();
    }

    /** Takes no more requests; the partition in progress stops after its current chunk. Waits for it to end. */
    public void stop() {
        StepExecution running = current.get();
        if (running != null) {
            running.setTerminateOnly();
        }
        listener.stop(); // returns once the request in hand has been handled (and acknowledged)
    }

    void say(String line) {
        System.err.println("daybrief: worker: " + line);
    }
}
