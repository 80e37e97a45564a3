package org.daybrief.batch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The broker side of remote partitioning, for the manager ({@code --remote}) and the workers alike: a connection
 * to RabbitMQ from Spring Boot's own settings ({@code spring.rabbitmq.*}, i.e. {@code SPRING_RABBITMQ_HOST}, ...),
 * the durable queue of partition requests, and the flow that sends the manager's requests to it. Only in the
 * {@code remote} profile: a local run loads none of it and needs no broker.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RemoteConfiguration.PROFILE)
@EnableBatchIntegration
public class RemoteConfiguration {

    /** Spring profile of a process that talks to the broker: a manager (--remote) or a worker. */
    public static final String PROFILE = "remote";
    /** The queue of partition requests, in the virtual host of {@code spring.rabbitmq.virtual-host}. */
    static final String QUEUE = "daybrief.partitions";
    /**
     * How long RabbitMQ lets a worker hold a request unacknowledged (a partition running) before it takes it back:
     * well above the longest partition, which is sized to minutes. Queue argument {@code x-consumer-timeout}
     * (RabbitMQ 3.12 and later; earlier servers take {@code consumer_timeout} from rabbitmq.conf only).
     */
    static final Duration CONSUMER_TIMEOUT = Duration.ofHours(3);

    @Bean
    CachingConnectionFactory brokerConnections(Environment env) {
        CachingConnectionFactory factory = new CachingConnectionFactory(
                env.getProperty("spring.rabbitmq.host", "localhost"),
                env.getProperty("spring.rabbitmq.port", Integer.class, 5672));
        factory.setUsername(env.getProperty("spring.rabbitmq.username", "guest"));
        factory.setPassword(env.getProperty("spring.rabbitmq.password", "guest"));
        factory.setVirtualHost(env.getProperty("spring.rabbitmq.virtual-host", "/"));
        factory.setConnectionNameStrategy(f -> "daybrief " + ProcessHandle.current().pid());
        return factory;
    }

    @Bean
    RabbitAdmin brokerAdmin(CachingConnectionFactory connections) {
        return new RabbitAdmin(connections); // declares the queue below on first connection
    }

    @Bean
    Queue partitionQueue() {
        return new Queue(QUEUE, true, false, false, Map.of("x-consumer-timeout", CONSUMER_TIMEOUT.toMillis()));
    }

    /**
     * Requests travel Java-serialised ({@code StepExecutionRequest}: a step name and a step execution id); a
     * worker deserialises only those classes.
     */
    @Bean
    SimpleMessageConverter partitionRequestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of("org.springframework.batch.integration.partition.StepExecutionRequest",
                "java.lang.Long", "java.lang.Number", "java.lang.String"));
        return converter;
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(@Qualifier("partitionRequests") DirectChannel partitionRequests,
            CachingConnectionFactory connections, SimpleMessageConverter partitionRequestConverter) {
        RabbitTemplate template = new RabbitTemplate(connections);
        template.setMessageConverter(partitionRequestConverter);
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(template).routingKey(QUEUE))
                .get();
    }
}
