package cn.gov.sed.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** That one user ({@code sub}) has read one notification: read state is per user, not per notification. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {
    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Id
    @Column(name = "sub")
    public String sub;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;

    /** When {@code sub} read each of the notifications {@code ids} (those it has not read are absent). */
    public static Map<UUID, Instant> readAt(List<UUID> ids, String sub) {
        Map<UUID, Instant> reads = new HashMap<>();
        if (ids.isEmpty()) {
            return reads;
        }
        List<NotificationRead> rows = list("notificationId in ?1 and sub = ?2", ids, sub);
        rows.forEach(r -> reads.put(r.notificationId, r.readAt));
        return reads;
    }

    /** The composite primary key (notification_id, sub). */
    public static class Key implements Serializable {
        public UUID notificationId;
        public String sub;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(notificationId, k.notificationId)
                    && java.util.Objects.equals(sub, k.sub);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(notificationId, sub);
        }
    }
}
