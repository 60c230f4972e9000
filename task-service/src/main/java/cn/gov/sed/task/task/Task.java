package cn.gov.sed.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A task of the battle map (挂图作战): "任务到人、责任到人、照单推进". A task with a {@code hazardId} is the listed
 * supervision (挂牌督办) of one major hazard, opened and closed by hazard events.
 */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "campaign")
    public String campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    public TaskPhase phase;

    /** Null for a city-wide task. */
    @Column(name = "district")
    public String district;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "goal")
    public String goal;

    @Column(name = "measures")
    public String measures;

    @Column(name = "lead_department")
    public String leadDepartment;

    @Convert(converter = StringListConverter.class)
    @Column(name = "cooperating_departments")
    public List<String> cooperatingDepartments = new ArrayList<>();

    @Column(name = "responsible_person")
    public String responsiblePerson;

    @Column(name = "hazard_id", unique = true)
    public UUID hazardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public TaskStatus status;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Touched on every change (milestones too), so the version and the ETag move with them. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Milestone> milestones = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static Optional<Task> findByHazard(UUID hazardId) {
        return find("hazardId", hazardId).firstResultOptional();
    }

    public boolean allMilestonesDone() {
        return milestones.stream().allMatch(Milestone::isDone);
    }

    public RagStatus rag(LocalDate today) {
        return RagRules.rag(status, dueDate,
                milestones.stream().map(m -> new RagRules.Deadline(m.dueDate, m.isDone())).toList(), today);
    }
}
