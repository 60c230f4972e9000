package cn.gov.sed.platform.inbox;

import cn.gov.sed.platform.outbox.BrokerClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topics this service consumes, each on a thread of its own ({@link EventChannel}). A service declares them in
 * {@code sed.events.consumes} (read by the deployment checks too: the broker's ACLs follow from it) and starts each
 * at start-up with its handlers: {@code channels.consume(Topics.HAZARD_EVENTS, handlers)}. The consumer group is the
 * service's name; a new group starts from the earliest offset, so nothing published before its first start is missed.
 */
@ApplicationScoped
public class EventChannels {
    @ConfigProperty(name = "quarkus.application.name")
    String groupId;
    @ConfigProperty(name = "sed.events.consumes")
    Optional<List<String>> declared;

    @Inject
    EventConsumer consumer;
    @Inject
    DeadLetters deadLetters;
    @Inject
    MeterRegistry meters;
    @Inject
    BrokerClients brokerClients;

    private final Map<EventChannel, Thread> channels = new ConcurrentHashMap<>();

    /** Starts consuming {@code topic} with {@code handlers}, on a thread of its own. */
    public void consume(String topic, EventHandlers handlers) {
        if (!declared.orElse(List.of()).contains(topic)) {
            // the deployment's ACLs are derived from the declaration: an undeclared topic would be refused in prod
            throw new IllegalStateException("topic " + topic + " is consumed but not declared in sed.events.consumes");
        }
        EventChannel channel = new EventChannel(topic, handlers, config(topic), consumer, deadLetters, meters);
        deadLetters.registerAtZero(topic);
        Thread thread = new Thread(channel, "consumer-" + topic);
        thread.setDaemon(true);
        channels.put(channel, thread);
        thread.start();
    }

    private Properties config(String topic) {
        Properties p = brokerClients.config(groupId + "-" + topic);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return p;
    }

    /**
     * Stops polling and waits for the record in hand: its transaction ends and its offset is committed. A handler
     * still retrying a passing failure after 5 s is interrupted; its record is not committed and is read again.
     */
    void stop(@Observes ShutdownEvent event) {
        channels.keySet().forEach(EventChannel::stop);
        try {
            for (Thread thread : channels.values()) {
                thread.join(5_000);
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(5_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
