package cn.gov.sed.notification.inbox;

import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Reading one's inbox: everything addressed to the caller's {@code sub}, its unit (uscc claim), its department
 * (department claim of a department token; of its district when the token carries one) or its role
 * (district-admin / inspector of its district; {@code city} with no district), with the caller's own read state.
 */
@ApplicationScoped
public class ReadingTheInbox {
    @Inject
    Caller caller;

    public PageResponse<NotificationView> inbox(boolean unreadOnly, PageRequest page) {
        // the condition "addressed to the caller" is in the query itself, so nothing else can leak
        Where where = NotificationScope.of(caller).inbox();
        if (unreadOnly) {
            where.raw("{id} not in (select r.notificationId from NotificationRead r where r.sub = ?)", caller.sub());
        }
        PageResponse<Notification> notifications = PageResponse.of(
                Notification.<Notification>find(where.hql(), page.sort(), where.hqlParams()), page, n -> n);
        Map<UUID, Instant> reads = NotificationRead.readAt(notifications.items().stream().map(n -> n.id).toList(),
                caller.sub());
        return new PageResponse<>(notifications.items().stream()
                .map(n -> NotificationView.of(n, reads.get(n.id))).toList(),
                notifications.page(), notifications.size(), notifications.total());
    }
}
