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
}
