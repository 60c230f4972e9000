package cn.gov.sed.task.meeting;

import cn.gov.sed.task.task.StringListConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A joint meeting (联席会) or symposium (座谈会) with the industry authorities. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate date;

    @Column(name = "district")
    public String district;

    @Convert(converter = StringListConverter.class)
    @Column(name = "departments")
    public List<String> departments = new ArrayList<>();

    @Column(name = "minutes")
    public String minutes;

    @Column(name = "decisions")
    public String decisions;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A meeting as the request states it, for {@code district} (null: city-wide), recorded by {@code createdBy}. */
    static Meeting of(MeetingRequest request, String district, List<String> departments, String createdBy,
                      Instant now) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.kind = request.kind();
        m.date = request.date();
        m.district = district;
        m.departments = departments;
        m.minutes = request.minutes();
        m.decisions = request.decisions();
        m.createdBy = createdBy;
        m.createdAt = now;
        return m;
    }
}
