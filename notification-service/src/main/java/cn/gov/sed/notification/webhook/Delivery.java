package cn.gov.sed.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscription: posted, and re-posted with back-off until it is accepted or given up. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "ce_type", nullable = false)
    public String ceType;

    @Column(name = "ce_source")
    public String ceSource;

    @Column(name = "ce_subject")
    public String ceSubject;

    @Column(name = "ce_time")
    public String ceTime;

    @Column(name = "payload", nullable = false)
    public byte[] payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
