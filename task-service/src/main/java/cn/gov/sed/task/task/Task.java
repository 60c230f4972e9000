package cn.gov.sed.task.task;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.QueryParams;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A task of the battle map (挂图作战): "任务到人、责任到人、照单推进". A task with a {@code hazardId} is the listed
 * supervision (挂牌督办) of one major hazard, opened and closed by hazard events.
 * <p>
 * The task owns its life: its methods check {@link TaskRules}, change the task and return the domain events to
 * hand to the outbox. The use cases load, call and record.
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

    /** A new task and the events of its creation. */
    public record Planned(Task task, List<DomainEvent> events) {
    }

    /** Plans a task (its request already validated); TaskAssigned tells the others. */
    public static Planned plan(TaskRequest request, Instant now) {
        Task task = new Task(now);
        task.campaign = request.campaign();
        task.phase = request.phase();
        task.district = request.district();
        task.title = request.title().trim();
        task.goal = request.goal();
        task.measures = request.measures();
        task.leadDepartment = QueryParams.blankToNull(request.leadDepartment());
        task.cooperatingDepartments = request.cooperatingDepartments() == null ? new ArrayList<>()
                : new ArrayList<>(request.cooperatingDepartments());
        task.responsiblePerson = QueryParams.blankToNull(request.responsiblePerson());
        task.status = TaskStatus.NOT_STARTED;
        List<TaskRequest.MilestoneRequest> nodes = request.milestones() == null ? List.of() : request.milestones();
        for (int i = 0; i < nodes.size(); i++) {
            task.milestones.add(Milestone.of(task, i, nodes.get(i).title().trim(), nodes.get(i).dueDate()));
        }
        // without an explicit due date the task is due with its last time node
        task.dueDate = request.dueDate() != null ? request.dueDate()
                : nodes.stream().map(TaskRequest.MilestoneRequest::dueDate).max(Comparator.naturalOrder()).orElse(null);
        return new Planned(task, List.of(task.assigned()));
    }

    /** Opens the listed supervision (挂牌督办) of a major hazard: under way at once, led by market supervision. */
    public static Planned superviseHazard(UUID hazardId, String district, String title, String campaign,
                                          LocalDate dueDate, Instant now) {
        Task task = new Task(now);
        task.hazardId = hazardId;
        task.campaign = campaign;
        task.phase = TaskPhase.CONCENTRATED_TACKLING;
        task.district = district;
        task.title = title;
        task.goal = "督促单位落实“五落实”整改，复查合格后销号";
        task.leadDepartment = "MARKET_SUPERVISION";
        task.status = TaskStatus.IN_PROGRESS;
        task.dueDate = dueDate;
        return new Planned(task, List.of(task.assigned()));
    }

    /** For JPA. */
    protected Task() {
    }

    private Task(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        this.updatedAt = now;
    }

    private TaskAssigned assigned() {
        return new TaskAssigned(district, id, title, responsiblePerson, leadDepartment, dueDate);
    }

    /**
     * Changes what the patch names (its departments already validated). A status change follows {@link TaskRules}:
     * a done task's status changes no more, DONE needs every milestone done and publishes TaskCompleted.
     */
    public List<DomainEvent> change(TaskPatch patch, Instant now) {
        TaskRules action = patch.status() != null && patch.status() != status
                ? TaskRules.settingStatus(patch.status()) : null;
        if (action != null) {
            action.require(status);
            if (action == TaskRules.COMPLETE && !allMilestonesDone()) {
                throw ProblemException.illegalTransition("status DONE with open milestones", status,
                        List.of(TaskRules.COMPLETE_MILESTONE.apiName()));
            }
        }
        if (patch.phase() != null) {
            phase = patch.phase();
        }
        if (patch.title() != null) {
            title = patch.title().trim();
        }
        if (patch.goal() != null) {
            goal = patch.goal();
        }
        if (patch.measures() != null) {
            measures = patch.measures();
        }
        if (patch.leadDepartment() != null) {
            leadDepartment = QueryParams.blankToNull(patch.leadDepartment());
        }
        if (patch.cooperatingDepartments() != null) {
            cooperatingDepartments = new ArrayList<>(patch.cooperatingDepartments());
        }
        if (patch.responsiblePerson() != null) {
            responsiblePerson = QueryParams.blankToNull(patch.responsiblePerson());
        }
        if (patch.dueDate() != null) {
            dueDate = patch.dueDate();
        }
        updatedAt = now;
        if (action == null) {
            return List.of();
        }
        if (action == TaskRules.COMPLETE) {
            return complete(now, now);
        }
        status = action.target();
        return List.of();
    }

    /** Marks a time node done; the task is then under way. Completing a done node again changes nothing. */
    public List<DomainEvent> completeMilestone(UUID milestoneId, Instant now) {
        Milestone milestone = milestones.stream().filter(m -> m.id.equals(milestoneId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("milestone"));
        if (milestone.isDone()) {
            return List.of();
        }
        TaskRules.COMPLETE_MILESTONE.require(status);
        milestone.complete(now);
        updatedAt = now;
        status = TaskRules.COMPLETE_MILESTONE.target();
        return List.of();
    }

    /** The five-point plan (五落实) of the listed hazard is set: due with the plan, owned by its responsible person. */
    public void followPlan(LocalDate deadline, String planResponsiblePerson, Instant now) {
        if (status == TaskStatus.DONE) {
            return;
        }
        dueDate = deadline;
        if (planResponsiblePerson != null && !planResponsiblePerson.isBlank()) {
            responsiblePerson = planResponsiblePerson;
        }
        updatedAt = now;
    }

    /** The listed hazard's re-inspection passed (销号): the supervision is done. Once: a done task stays as it is. */
    public List<DomainEvent> closeSupervision(Instant verifiedAt, Instant now) {
        if (!TaskRules.CLOSE_SUPERVISION.allowedFrom(status)) {
            return List.of();
        }
        return complete(verifiedAt, now);
    }

    private List<DomainEvent> complete(Instant completedOn, Instant now) {
        status = TaskStatus.DONE;
        completedAt = completedOn;
        updatedAt = now;
        return List.of(new TaskCompleted(district, id, title, Zones.shanghai(completedOn)));
    }

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
