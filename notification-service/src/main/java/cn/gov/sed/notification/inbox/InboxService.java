package cn.gov.sed.notification.inbox;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caller's inbox: everything addressed to its {@code sub}, its unit (uscc claim), its department (department
 * claim of a department token; of its district when the token carries one) or its role (district-admin / inspector
 * of its district; {@code city} with no district). Read state is per user.
 */
@ApplicationScoped
public class InboxService {
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public PageResponse<NotificationView> inbox(boolean unreadOnly, PageRequest page) {
        // the condition "addressed to the caller" is in the query itself, so nothing else can leak
        Where where = NotificationScope.of(caller).inbox();
        if (unreadOnly) {
            where.raw("{id} not in (select r.notificationId from NotificationRead r where r.sub = ?)", caller.sub());
        }
        PageResponse<Notification> notifications = PageResponse.of(
                Notification.<Notification>find(where.hql(), page.sort(), where.hqlParams()), page, n -> n);
        Map<UUID, Instant> reads = readAt(notifications.items().stream().map(n -> n.id).toList());
        return new PageResponse<>(notifications.items().stream()
                .map(n -> NotificationView.of(n, reads.get(n.id))).toList(),
                notifications.page(), notifications.size(), notifications.total());
    }

    /** Marks a notification of the caller's inbox read by the caller (the first time counts). */
    @Transactional
    public NotificationView markRead(UUID id) {
        Where where = NotificationScope.of(caller).inbox().eq("id", id);
        Notification n = Notification.<Notification>find(where.hql(), where.hqlParams())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notification"));
        em.createNativeQuery("INSERT INTO notification_read (notification_id, sub, read_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, caller.sub())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return NotificationView.of(n, readAt(List.of(id)).get(id));
    }

    private Map<UUID, Instant> readAt(List<UUID> ids) {
        Map<UUID, Instant> reads = new HashMap<>();
        if (ids.isEmpty()) {
            return reads;
        }
        List<NotificationRead> rows = NotificationRead.list("notificationId in ?1 and sub = ?2", ids, caller.sub());
        rows.forEach(r -> reads.put(r.notificationId, r.readAt));
        return reads;
    }
}
