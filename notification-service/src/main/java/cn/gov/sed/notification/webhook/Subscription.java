package cn.gov.sed.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A webhook of another government system: which events it wants, where, and the key it verifies them with. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "url", nullable = false)
    public String url;

    /** Event names (e.g. HazardRegistered), comma-separated. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(name = "secret", nullable = false)
    public String secret;

    @Column(name = "owner_sub", nullable = false)
    public String ownerSub;

    @Column(name = "owner_department")
    public String ownerDepartment;

    @Column(name = "owner_district")
    public String ownerDistrict;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** A new subscription; the event types are kept once each, in the order given. */
    public static Subscription register(String url, List<String> eventTypes, String secret, String ownerSub,
                                        String ownerDepartment, String ownerDistrict, Instant now) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.url = url.trim();
        s.eventTypes = String.join(",", eventTypes.stream().distinct().toList());
        s.secret = secret;
        s.ownerSub = ownerSub;
        s.ownerDepartment = ownerDepartment;
        s.ownerDistrict = ownerDistrict;
        s.createdAt = now;
        return s;
    }

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
