package cn.gov.sed.notification.events;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.notification.publicity.DraftingPublications;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.platform.inbox.EventConsumer;
import cn.gov.sed.platform.inbox.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * One channel per topic (hazard-events, inspection-events, task-events); each event of interest becomes
 * notifications (and webhook deliveries; an exposure also drafts a warning exposure). Idempotent by ce_id (the platform inbox) and by (event, recipient); poison → {@code <topic>.dlq}.
 */
@ApplicationScoped
public class NotificationConsumers {
    @Inject
    EventConsumer consumer;
    @Inject
    Notifier notifier;
    @Inject
    DraftingPublications publications;

    // every event of a topic: the routing rules pick whom to notify, webhook subscribers may want any of them
    private final EventHandlers hazardEvents = handlersFor(Topics.HAZARD_EVENTS);
    private final EventHandlers inspectionEvents = handlersFor(Topics.INSPECTION_EVENTS);
    private final EventHandlers taskEvents = handlersFor(Topics.TASK_EVENTS);

    private EventHandlers handlersFor(String topic) {
        EventHandlers handlers = EventHandlers.create();
        for (EventType type : EventType.values()) {
            if (type.topic().equals(topic)) {
                register(handlers, type.payloadClass());
            }
        }
        return handlers;
    }

    private <T extends DomainEvent> void register(EventHandlers handlers, Class<T> type) {
        handlers.on(type, event -> {
            notifier.notify(event);
            if (event.payload() instanceof EnforcementActionTaken action) {
                publications.draftExposure(action); // 曝光: a warning exposure to review and publish
            }
        });
    }

    @Incoming("hazard-events")
    @Blocking(ordered = true)
    public void onHazardEvent(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, hazardEvents);
    }

    @Incoming("inspection-events")
    @Blocking(ordered = true)
    public void onInspectionEvent(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, inspectionEvents);
    }

    @Incoming("task-events")
    @Blocking(ordered = true)
    public void onTaskEvent(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, taskEvents);
    }
}
