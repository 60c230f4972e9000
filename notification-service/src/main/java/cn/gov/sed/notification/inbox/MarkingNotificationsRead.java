package cn.gov.sed.notification.inbox;

import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Marking a notification of one's inbox read: read state is per user, the first time counts. */
@ApplicationScoped
public class MarkingNotificationsRead {
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Marks a notification of the caller's inbox read by the caller; 404 when it is not in that inbox. */
    @Transactional
    public NotificationView markRead(UUID id) {
        Where where = NotificationScope.of(caller).inbox().eq("id", id);
        Notification n = Notification.<Notification>find(where.hql(), where.hqlParams())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notification"));
        // one statement, so two clicks at once (or two replicas) keep the first read time
        em.createNativeQuery("INSERT INTO notification_read (notification_id, sub, read_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, caller.sub())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return NotificationView.of(n, NotificationRead.readAt(List.of(id), caller.sub()).get(id));
    }
}
