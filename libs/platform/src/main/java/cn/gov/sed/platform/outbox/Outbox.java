package cn.gov.sed.platform.outbox;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.tracing.EventTraces;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the {@code outbox_event} table in the caller's transaction, so it is published if and
 * only if that transaction commits. The table's insert trigger sends a {@code NOTIFY}, which PostgreSQL delivers at
 * commit (never for a rollback) and which wakes the relay of every replica at once.
 */
@ApplicationScoped
public class Outbox {
    public static final String CHANNEL = "sed_outbox";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The relay's limit for one event's payload; the broker's own limit (1 MB by default) sits above it. */
    @ConfigProperty(name = "sed.outbox.max-event-bytes", defaultValue = "921600")
    int maxEventBytes;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        EventType type = event.eventType();
        UUID eventId = UUID.randomUUID();
        byte[] payload = EventJson.write(event);
        if (payload.length > maxEventBytes) {
            // The backstop behind the field limits: a row the broker would refuse is never written. The exception
            // rolls the caller's transaction back, so the change is not stored either (400, stores nothing).
            throw ValidationException.of("body", "the " + type.eventName() + " event this change would publish is "
                    + payload.length + " bytes, over the limit of " + maxEventBytes);
        }
        // the trace of the request or handled event that writes it travels with the event (EventTraces)
        EventTraces.TraceHeaders trace = EventTraces.current();
        em.createNativeQuery("INSERT INTO outbox_event (event_id, topic, aggregate_id, ce_type, ce_source, ce_time, payload,"
                        + " traceparent, tracestate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, eventId)
                .setParameter(2, type.topic())
                .setParameter(3, event.aggregateId())
                .setParameter(4, type.ceType())
                .setParameter(5, type.ceSource())
                .setParameter(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(7, payload)
                .setParameter(8, trace.traceparent())
                .setParameter(9, trace.tracestate())
                .executeUpdate();
        // the insert's trigger (db/platform R__outbox_notify_on_insert.sql) sends the NOTIFY that wakes the relay
        return eventId;
    }
}
