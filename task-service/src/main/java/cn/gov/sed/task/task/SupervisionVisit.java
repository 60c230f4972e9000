package cn.gov.sed.task.task;

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

/** A supervision (督导检查) of a task's lead department and responsible person. */
@Entity
@Table(name = "task_supervision")
public class SupervisionVisit extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "supervised_on", nullable = false)
    public LocalDate date;

    @Column(name = "supervisor", nullable = false)
    public String supervisor;

    @Column(name = "findings")
    public String findings;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false)
    public SupervisionRating rating;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A supervision of {@code task} as the request states it, recorded by {@code recordedBy}. */
    static SupervisionVisit of(Task task, SupervisionRequest request, String recordedBy, Instant now) {
        SupervisionVisit visit = new SupervisionVisit();
        visit.id = UUID.randomUUID();
        visit.taskId = task.id;
        visit.date = request.date();
        visit.supervisor = request.supervisor().trim();
        visit.findings = request.findings();
        visit.rating = request.rating();
        visit.recordedBy = recordedBy;
        visit.createdAt = now;
        return visit;
    }
}
