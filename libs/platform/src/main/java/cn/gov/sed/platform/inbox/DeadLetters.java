package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Counts the messages a consumer gives up on: each one the {@code @Incoming} method fails goes to the channel's
 * dead-letter topic ({@code failure-strategy=dead-letter-queue}, {@code <topic>.dlq}), and is counted here as
 * {@code sed_dlq_events_total{topic, event_type}}. The labels come from a closed list, whatever a hostile producer
 * writes in its headers: {@code topic} is the topic we consume from, {@code event_type} a name of the event
 * catalogue or {@code unknown}.
 */
@ApplicationScoped
public class DeadLetters {
    @Inject
    MeterRegistry meters;

    /** Counts {@code record} as dead-lettered. */
    public void counted(ConsumerRecord<?, ?> record) {
        String ceType = EventConsumer.header(record, "ce_type");
        String eventType = ceType == null ? "unknown"
                : EventType.byCeType(ceType).map(EventType::eventName).orElse("unknown");
        Counter.builder("sed.dlq.events")
                .description("messages this service's consumers gave up on and sent to the topic's dead-letter topic")
                .tag("topic", record.topic())
                .tag("event_type", eventType)
                .register(meters).increment();
    }
}
