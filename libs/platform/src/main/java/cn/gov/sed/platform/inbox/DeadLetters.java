package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.platform.outbox.BrokerClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The messages a consumer gives up on: each one {@link EventConsumer} fails is sent to the topic's dead-letter topic
 * ({@code <topic>.dlq}, by {@link EventChannel}) and counted here as {@code sed_dlq_events_total{topic, event_type}}.
 * The labels come from a closed list, whatever a hostile producer writes in its headers: {@code topic} is the topic
 * we consume from, {@code event_type} a name of the event catalogue or {@code unknown}.
 */
@ApplicationScoped
public class DeadLetters {
    private static final String UNKNOWN = "unknown";

    @Inject
    MeterRegistry meters;
    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;
    @Inject
    BrokerClients brokerClients;

    private KafkaProducer<String, byte[]> producer;

    /**
     * Registers every series of {@code topic} at 0 when its channel starts: Prometheus sees a counter's first
     * increment only when the series existed before it.
     */
    void registerAtZero(String topic) {
        counter(topic, UNKNOWN);
        Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic))
                .forEach(t -> counter(topic, t.eventName()));
    }

    /** Sends {@code dead} to its dead-letter topic and waits for the broker's acknowledgement (at most 10 s). */
    void send(ProducerRecord<String, byte[]> dead) {
        try {
            producer().send(dead).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("dead-letter send failed", e.getCause()); // the cause says why
        } catch (TimeoutException e) {
            throw new IllegalStateException("dead-letter send timed out", e);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = brokerClients.config(applicationName + "-dead-letters");
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    void close(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    /** Counts {@code record} as dead-lettered. */
    public void counted(ConsumerRecord<?, ?> record) {
        String ceType = EventConsumer.header(record, "ce_type");
        String eventType = ceType == null ? UNKNOWN
                : EventType.byCeType(ceType).map(EventType::eventName).orElse(UNKNOWN);
        counter(record.topic(), eventType).increment();
    }

    private Counter counter(String topic, String eventType) {
        return Counter.builder("sed.dlq.events")
                .description("messages this service's consumers gave up on and sent to the topic's dead-letter topic")
                .tag("topic", topic)
                .tag("event_type", eventType)
                .register(meters);
    }
}
