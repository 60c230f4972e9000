package cn.gov.sed.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A time node (时间节点) of a task. */
@Entity
@Table(name = "task_milestone")
public class Milestone extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** When MilestoneOverdue was published for this node (once). */
    @Column(name = "overdue_reported_at")
    public Instant overdueReportedAt;

    public boolean isDone() {
        return completedAt != null;
    }
}
