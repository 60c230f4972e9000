package cn.gov.sed.notification.channels;

import cn.gov.sed.notification.routing.RecipientType;
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

/**
 * One e-mail or SMS to one recipient about one event. Written by {@link QueuingMessages} (insert … on conflict do
 * nothing) and moved by {@link MessageLedger} with set-based SQL and leases, as webhook deliveries are; read here.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "event_key", nullable = false)
    public String eventKey;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "subject")
    public String subject;
    @Column(name = "event_district")
    public String eventDistrict;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public MessageChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;
    @Column(name = "recipient", nullable = false)
    public String recipient;
    @Column(name = "district")
    public String district;
    @Column(name = "recipient_key", nullable = false)
    public String recipientKey;
    @Column(name = "address", nullable = false)
    public String address;
    @Column(name = "title", nullable = false)
    public String title;
    @Column(name = "body", nullable = false)
    public String body;
    @Column(name = "params")
    public String params;
    @Column(name = "major", nullable = false)
    public boolean major;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public MessageStatus status;
    @Column(name = "attempts", nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(name = "held_until")
    public Instant heldUntil;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "gateway_answer")
    public String gatewayAnswer;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
