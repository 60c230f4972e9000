package cn.gov.sed.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
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
