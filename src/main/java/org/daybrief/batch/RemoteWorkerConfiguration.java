package org.daybrief.batch;

import java.time.Duration;
import org.daybrief.digest.TextTools;
import org.daybrief.text.NlpModels;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker's side of remote partitioning ({@code daybrief worker}): partition requests come off the queue one at a
 * time and are run by Spring Batch's request handler, which finds the step by name ({@link SummarizePartitionStep},
 * or the {@code digestPartition} step below) and runs it on the execution the manager created in the shared
 * JobRepository. A request is acknowledged only once its partition has run: a worker killed mid-partition leaves
 * it unacknowledged and RabbitMQ hands it to another worker, which resumes it from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RemoteWorker.PROFILE)
class RemoteWorkerConfiguration {

    static final String DIGEST_PARTITION = "digestPartition";
    /** How long stopping waits for the partition in progress to finish its chunk and end. */
    static final Duration STOP_WAIT = Duration.ofMinutes(5);

    @Bean
    DirectChannel workerRequests() {
        return new DirectChannel();
    }

    /**
     * One request at a time per worker (a partition uses every core), acknowledged after it ran (AUTO: when the
     * handler returns); a request whose handling throws is dropped, not redelivered forever. Started by
     * {@link RemoteWorker#start}, not with the shell.
     */
    @Bean
    SimpleMessageListenerContainer partitionListener(CachingConnectionFactory connections) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(RemoteConfiguration.QUEUE);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(false);
        container.setShutdownTimeout(STOP_WAIT.toMillis());
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(SimpleMessageListenerContainer partitionListener,
            SimpleMessageConverter partitionRequestConverter,
            @Qualifier("workerRequests") DirectChannel workerRequests) {
        return IntegrationFlow.from(Amqp.inboundAdapter(partitionListener).messageConverter(partitionRequestConverter))
                .channel(workerRequests)
                .get();
    }

    /** The digest of one day of a backfill; building it also wires the request handler to {@code workerRequests}. */
    @Bean(DIGEST_PARTITION)
    Step digestPartition(RemotePartitioningWorkerStepBuilderFactory workers,
            @Qualifier("workerRequests") DirectChannel workerRequests, DigestPartitionTasklet tasklet,
            PlatformTransactionManager transactions) {
        return workers.get(DIGEST_PARTITION).inputChannel(workerRequests).tasklet(tasklet, transactions).build();
    }

    /** The digest's language tools, loaded when a worker builds its first digest. */
    @Bean
    @Lazy
    TextTools textTools(NlpModels nlp) {
        return TextTools.of(nlp);
    }
}
