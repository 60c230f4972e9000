package cn.gov.sed.notification.publicity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offline publicity activity of a district bureau. */
@Entity
@Table(name = "outreach_activity")
public class OutreachActivity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "campaign", nullable = false)
    public OutreachCampaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false)
    public OutreachTarget target;

    @Column(name = "held_on", nullable = false)
    public LocalDate date;

    @Column(name = "district", nullable = false)
    public String district;

    @Column(name = "participants")
    public Integer participants;

    @Column(name = "description")
    public String description;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A new activity of {@code district}, recorded by {@code recordedBy}. */
    public static OutreachActivity record(OutreachCampaign campaign, OutreachTarget target, LocalDate date,
                                          String district, Integer participants, String description,
                                          String recordedBy, Instant now) {
        OutreachActivity a = new OutreachActivity();
        a.id = UUID.randomUUID();
        a.campaign = campaign;
        a.target = target;
        a.date = date;
        a.district = district;
        a.participants = participants;
        a.description = description;
        a.createdBy = recordedBy;
        a.createdAt = now;
        return a;
    }
}
