package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.inbox.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queuing the deliveries an event owes the webhook subscribers that want it and may receive it (in the consumer's
 * transaction; the {@link WebhookDispatcher} sends them).
 */
@ApplicationScoped
public class QueuingDeliveries {
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** Queues a delivery of the event for every subscription that wants it and may see it (consumer's transaction). */
    @Transactional
    public void queue(InboundEvent<? extends DomainEvent> event) {
        DomainEvent payload = event.payload();
        String name = event.type().eventName();
        String named = rememberReporter(payload);
        List<Subscription> wanting = Subscription.<Subscription>list("eventTypes like ?1", "%" + name + "%").stream()
                .filter(s -> s.eventTypeList().contains(name)).toList();
        if (wanting.isEmpty()) {
            return; // nobody subscribed to this type: the reporter of a later hazard event is not looked up
        }
        String reporter = named != null ? named : reportingDepartment(payload);
        byte[] body = event.body() != null ? event.body() : EventJson.write(payload); // as received: fields we do not know pass on
        Instant now = clock.instant();
        for (Subscription s : wanting) {
            if (!NotificationScope.mayReceive(s.ownerDepartment, s.ownerDistrict, event.type(), payload.district(),
                    reporter)) {
                continue;
            }
            em.createNativeQuery("INSERT INTO delivery (id, subscription_id, event_id, event_type, ce_type, ce_source,"
                            + " ce_subject, ce_time, payload, status, attempts, next_attempt_at, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, " + DeliveryRules.Action.QUEUE.targetSql()
                            + ", 0, ?10, ?10)"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, s.id)
                    .setParameter(3, event.ceId())
                    .setParameter(4, name)
                    .setParameter(5, event.type().ceType())
                    .setParameter(6, event.ceSource() != null ? event.ceSource() : event.type().ceSource())
                    .setParameter(7, event.ceSubject() != null ? event.ceSubject() : payload.aggregateId())
                    .setParameter(8, event.ceTime())
                    .setParameter(9, body)
                    .setParameter(10, Timestamp.from(now))
                    .executeUpdate();
        }
    }

    /**
     * The department HazardRegistered or HazardRemoved names as the hazard's reporter, remembered for the hazard's
     * later events, which do not name it; null for other events.
     */
    private String rememberReporter(DomainEvent payload) {
        String named = payload instanceof HazardRegistered r ? r.reportingDepartment()
                : payload instanceof HazardRemoved r ? r.reportingDepartment() : null;
        if (named == null || named.isBlank()) {
            return null;
        }
        em.createNativeQuery("INSERT INTO hazard_reporter (hazard_id, department) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, UUID.fromString(payload.aggregateId())).setParameter(2, named).executeUpdate();
        return named;
    }

    /** The department that reported the hazard a later hazard event is about, as remembered; null if none. */
    private String reportingDepartment(DomainEvent payload) {
        if (!payload.eventType().topic().equals(Topics.HAZARD_EVENTS)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("SELECT department FROM hazard_reporter WHERE hazard_id = ?1")
                .setParameter(1, UUID.fromString(payload.aggregateId())).getResultList();
        return known.isEmpty() ? null : known.get(0);
    }
}
