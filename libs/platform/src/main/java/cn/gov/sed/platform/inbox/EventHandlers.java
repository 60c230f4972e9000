package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventType;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** What a consumer does with each event type it cares about; other types of the catalogue are skipped. */
public final class EventHandlers {
    private final Map<EventType, Consumer<InboundEvent<?>>> handlers = new EnumMap<>(EventType.class);

    public static EventHandlers create() {
        return new EventHandlers();
    }

    @SuppressWarnings("unchecked")
    public <T extends DomainEvent> EventHandlers on(Class<T> type, Consumer<InboundEvent<T>> handler) {
        handlers.put(EventType.of(type), e -> handler.accept((InboundEvent<T>) e));
        return this;
    }

    Consumer<InboundEvent<?>> handlerFor(EventType type) {
        return handlers.get(type);
    }
}
