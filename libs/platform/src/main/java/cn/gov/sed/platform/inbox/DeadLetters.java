package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;

/**
 * Counts the messages a consumer gives up on: each one the {@code @Incoming} method fails goes to the channel's
 * dead-letter topic ({@code failure-strategy=dead-letter-queue}, {@code <topic>.dlq}), and is counted here as
 * {@code sed_dlq_events_total{topic, event_type}}. The labels come from a closed list, whatever a hostile producer
 * writes in its headers: {@code topic} is the topic we consume from, {@code event_type} a name of the event
 * catalogue or {@code unknown}.
 */
@ApplicationScoped
public class DeadLetters {
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String UNKNOWN = "unknown";

    @Inject
    MeterRegistry meters;

    /**
     * Registers every series at 0 at start, for each topic a channel consumes with a dead-letter topic: Prometheus
     * sees a counter's first increment only when the series existed before it.
     */
    void registerAtZero(@Observes StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(INCOMING) || !name.endsWith(".failure-strategy")
                    || !"dead-letter-queue".equals(config.getOptionalValue(name, String.class).orElse(null))) {
                continue;
            }
            String channel = name.substring(INCOMING.length(), name.length() - ".failure-strategy".length());
            config.getOptionalValue(INCOMING + channel + ".topic", String.class).ifPresent(topic -> {
                counter(topic, UNKNOWN);
                Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic))
                        .forEach(t -> counter(topic, t.eventName()));
            });
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
