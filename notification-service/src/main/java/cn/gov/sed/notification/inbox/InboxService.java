package cn.gov.sed.notification.inbox;

import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(addressedToCaller(params));
        if (unreadOnly) {
            where.append(" and id not in (select r.notificationId from NotificationRead r where r.sub = :sub)");
            params.put("sub", caller.sub());
        }
        PageResponse<Notification> notifications = PageResponse.of(
                Notification.<Notification>find(where.toString(), page.sort(), params), page, n -> n);
        Map<UUID, Instant> reads = readAt(notifications.items().stream().map(n -> n.id).toList());
        return new PageResponse<>(notifications.items().stream()
                .map(n -> NotificationView.of(n, reads.get(n.id))).toList(),
                notifications.page(), notifications.size(), notifications.total());
    }

    /** Marks a notification of the caller's inbox read by the caller (the first time counts). */
    @Transactional
    public NotificationView markRead(UUID id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        Notification n = Notification.<Notification>find("id = :id and " + addressedToCaller(params), params)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notification"));
        em.createNativeQuery("INSERT INTO notification_read (notification_id, sub, read_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, caller.sub())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return NotificationView.of(n, readAt(List.of(id)).get(id));
    }

    /** The condition "addressed to the caller", in the query itself so nothing else can leak. */
    private String addressedToCaller(Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        // enum values as parameters: HQL compares them by type, not as string literals
        any.add("(recipientType = :user and recipient = :me)");
        params.put("user", RecipientType.USER);
        params.put("me", caller.sub());
        if (caller.uscc() != null) {
            any.add("(recipientType = :unit and recipient = :uscc)");
            params.put("unit", RecipientType.UNIT);
            params.put("uscc", caller.uscc());
        }
        // a department's scope is its code and, when its token carries one, its district (API.md v1.1); a
        // department token without a department claim sees nothing addressed to departments
        if (caller.isDepartment() && caller.department() != null) {
            if (caller.district() == null) {
                any.add("(recipientType = :dept and recipient = :department)");
            } else {
                any.add("(recipientType = :dept and recipient = :department and district = :deptDistrict)");
                params.put("deptDistrict", caller.district());
            }
            params.put("dept", RecipientType.DEPARTMENT);
            params.put("department", caller.department());
        }
        if (caller.isCity()) {
            any.add("(recipientType = :role and recipient = :city and district is null)");
            params.put("role", RecipientType.ROLE);
            params.put("city", Roles.CITY);
        }
        if (caller.district() != null) {
            List<String> districtRoles = new ArrayList<>();
            if (caller.is(Roles.DISTRICT_ADMIN)) {
                districtRoles.add(Roles.DISTRICT_ADMIN);
            }
            if (caller.is(Roles.INSPECTOR)) {
                districtRoles.add(Roles.INSPECTOR);
            }
            if (!districtRoles.isEmpty()) {
                any.add("(recipientType = :role and recipient in :districtRoles and district = :district)");
                params.put("role", RecipientType.ROLE);
                params.put("districtRoles", districtRoles);
                params.put("district", caller.district());
            }
        }
        return "(" + String.join(" or ", any) + ")";
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
