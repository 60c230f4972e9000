package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.inbox.InboundEvent;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook subscriptions of other government systems (departments, the city) and the deliveries they are owed.
 * A department sees and deletes its own department's subscriptions; the city sees all.
 */
@ApplicationScoped
public class SubscriptionService {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    WebhookTargetPolicy targets;

    /** Checks outside a transaction (the URL check may wait for DNS), then stores in a short one. */
    public SubscriptionView subscribe(SubscriptionRequest request) {
        boolean department = !caller.isCity();
        if (department && caller.department() == null) {
            throw ProblemException.forbidden("a department token without a department claim may not subscribe");
        }
        ValidationException.Builder errors = ValidationException.builder();
        targets.problemAtRegistration(request.url()).ifPresent(problem -> errors.add("url", problem));
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String name = request.eventTypes().get(i);
            Optional<EventType> type = EventType.byName(name);
            errors.check(type.isPresent(), "eventTypes[" + i + "]", "unknown event type " + name);
            errors.check(type.isEmpty() || !department || NotificationScope.departmentMaySubscribe(type.get()),
                    "eventTypes[" + i + "]", "a department receives hazard events (of the hazards it reported) only");
        }
        errors.throwIfAny();
        return QuarkusTransaction.requiringNew().call(() -> store(request, department));
    }

    private SubscriptionView store(SubscriptionRequest request, boolean department) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.url = request.url().trim();
        s.eventTypes = String.join(",", request.eventTypes().stream().distinct().toList());
        s.secret = request.secret();
        s.ownerSub = caller.sub();
        s.ownerDepartment = department ? caller.department() : null;
        s.ownerDistrict = department ? caller.district() : null;
        s.createdAt = clock.instant();
        s.persist();
        return SubscriptionView.of(s);
    }

    public PageResponse<SubscriptionView> list(PageRequest page) {
        Where where = NotificationScope.of(caller).subscriptions();
        return PageResponse.of(Subscription.<Subscription>find(where.hql(), page.sort(), where.hqlParams()), page,
                SubscriptionView::of);
    }

    /** One subscription of the caller's scope (the city: any), without its secret; 404 outside it. */
    public SubscriptionView get(UUID id) {
        return SubscriptionView.of(visible(id));
    }

    @Transactional
    public void unsubscribe(UUID id) {
        visible(id).delete(); // its deliveries go with it (ON DELETE CASCADE)
    }

    private Subscription visible(UUID id) {
        Where where = NotificationScope.of(caller).subscriptions().eq("id", id);
        return Subscription.<Subscription>find(where.hql(), where.hqlParams()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("subscription"));
    }

    public PageResponse<DeliveryView> deliveries(DeliveryStatus status, PageRequest page) {
        Where where = NotificationScope.of(caller).deliveries().eq("status", status);
        return PageResponse.of(Delivery.<Delivery>find(where.hql(), page.sort(), where.hqlParams()), page,
                DeliveryView::of);
    }

    /**
     * A manual re-send: the delivery is attempted again soon, whatever its status (attempts count from zero again).
     * One that is being attempted right now is left to that attempt.
     */
    @Transactional
    public DeliveryView retry(UUID id) {
        Where where = NotificationScope.of(caller).deliveries().eq("id", id);
        Delivery d = Delivery.<Delivery>find(where.hql(), where.hqlParams()).firstResultOptional().orElseThrow(() -> ProblemException.notFound("delivery"));
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?1"
                        + " WHERE id = ?2 AND (lease_until IS NULL OR lease_until < ?1)")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate();
        em.refresh(d);
        return DeliveryView.of(d);
    }

    /** Queues a delivery of the event for every subscription that wants it and may see it (consumer's transaction). */
    @Transactional
    public void queue(InboundEvent<? extends DomainEvent> event) {
        DomainEvent payload = event.payload();
        String name = event.type().eventName();
        String reporter = reportingDepartment(payload);
        List<Subscription> subscriptions = Subscription.list("eventTypes like ?1", "%" + name + "%");
        byte[] body = event.body() != null ? event.body() : EventJson.write(payload); // as received: fields we do not know pass on
        Instant now = clock.instant();
        for (Subscription s : subscriptions) {
            if (!s.eventTypeList().contains(name)
                    || !NotificationScope.mayReceive(s.ownerDepartment, s.ownerDistrict, event.type(), payload.district(),
                    reporter)) {
                continue;
            }
            em.createNativeQuery("INSERT INTO delivery (id, subscription_id, event_id, event_type, ce_type, ce_source,"
                            + " ce_subject, ce_time, payload, status, attempts, next_attempt_at, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', 0, ?10, ?10)"
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
     * The department that reported the hazard a hazard event is about. HazardRegistered and HazardRemoved name it
     * and are remembered; the later events of the hazard are looked up.
     */
    private String reportingDepartment(DomainEvent payload) {
        if (!payload.eventType().topic().equals(Topics.HAZARD_EVENTS)) {
            return null;
        }
        String named = payload instanceof HazardRegistered r ? r.reportingDepartment()
                : payload instanceof HazardRemoved r ? r.reportingDepartment() : null;
        UUID hazardId = UUID.fromString(payload.aggregateId());
        if (named != null && !named.isBlank()) {
            em.createNativeQuery("INSERT INTO hazard_reporter (hazard_id, department) VALUES (?1, ?2)"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter(1, hazardId).setParameter(2, named).executeUpdate();
            return named;
        }
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("SELECT department FROM hazard_reporter WHERE hazard_id = ?1")
                .setParameter(1, hazardId).getResultList();
        return known.isEmpty() ? null : known.get(0);
    }
}
