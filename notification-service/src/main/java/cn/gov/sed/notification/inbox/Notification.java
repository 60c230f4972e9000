package cn.gov.sed.notification.inbox;

import cn.gov.sed.notification.routing.RecipientType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A message for one addressee about one event. Written once (insert … on conflict do nothing), never changed. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "subject")
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;

    @Column(name = "recipient", nullable = false)
    public String recipient;

    @Column(name = "district")
    public String district;

    @Column(name = "recipient_key", nullable = false)
    public String recipientKey;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "body", nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
