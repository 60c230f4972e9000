package cn.gov.sed.notification.webhook;

import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The deliveries of the caller's subscriptions, and sending one again by hand. */
@ApplicationScoped
public class TrackingDeliveries {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

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
        em.createNativeQuery("UPDATE delivery SET status = " + DeliveryRules.Action.RETRY.targetSql() + ","
                        + " attempts = 0, next_attempt_at = ?1"
                        + " WHERE id = ?2 AND status IN (" + DeliveryRules.Action.RETRY.sourcesSql() + ")"
                        + " AND (lease_until IS NULL OR lease_until < ?1)")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate();
        em.refresh(d);
        return DeliveryView.of(d);
    }
}
