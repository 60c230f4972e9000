package cn.gov.sed.notification.events;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.notification.publicity.DraftingPublications;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.platform.inbox.EventChannels;
import cn.gov.sed.platform.inbox.EventHandlers;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * One channel per topic (hazard-events, inspection-events, task-events); each event of interest becomes
 * notifications (and webhook deliveries; an exposure also drafts a warning exposure). Idempotent by ce_id (the platform inbox) and by (event, recipient); poison → {@code <topic>.dlq}.
 */
@ApplicationScoped
public class NotificationConsumers {
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

    void start(@Observes StartupEvent event, EventChannels channels) {
        channels.consume(Topics.HAZARD_EVENTS, hazardEvents);
        channels.consume(Topics.INSPECTION_EVENTS, inspectionEvents);
        channels.consume(Topics.TASK_EVENTS, taskEvents);
    }
}
