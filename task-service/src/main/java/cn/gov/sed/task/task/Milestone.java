package cn.gov.sed.task.task;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.MilestoneDueTomorrow;
import cn.gov.sed.contracts.events.MilestoneOverdue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** The date MilestoneDueTomorrow was published for (once per date). */
    @Column(name = "reminded_due_date")
    public LocalDate remindedDueDate;

    static Milestone of(Task task, int position, String title, LocalDate dueDate) {
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.task = task;
        m.position = position;
        m.title = title;
        m.dueDate = dueDate;
        return m;
    }

    /** The node's date has passed while it is open: MilestoneOverdue, reported once (the scan asks only unreported). */
    public List<DomainEvent> reportOverdue(Instant now) {
        overdueReportedAt = now;
        return List.of(new MilestoneOverdue(task.district, task.id, id, title, dueDate, task.responsiblePerson));
    }

    /** The node is due tomorrow while open: MilestoneDueTomorrow, once for its date (the scan asks only unreminded). */
    public List<DomainEvent> remindDueTomorrow() {
        remindedDueDate = dueDate;
        return List.of(new MilestoneDueTomorrow(task.district, task.id, id, title, dueDate, task.responsiblePerson,
                task.leadDepartment, task.title));
    }

    /** Marks the node done (the task checks its rules first: {@link Task#completeMilestone}). */
    void complete(Instant now) {
        completedAt = now;
    }

    public boolean isDone() {
        return completedAt != null;
    }
}
