package cn.gov.sed.task.task;

import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.files.FileType;
import cn.gov.sed.platform.files.StoredFile;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Use cases of battle-map tasks (挂图作战): plan a task, change it, complete its time nodes, look them up. */
@ApplicationScoped
public class TaskService {

    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    Preconditions preconditions;
    @Inject
    FileStore files;

    @Transactional
    public TaskView create(TaskRequest request) {
        // who may plan where: the city anywhere (or city-wide), a district bureau only in its own district
        if (!caller.isCity() && (request.district() == null || !request.district().equals(caller.district()))) {
            throw ProblemException.forbidden("a district bureau plans tasks of its own district only");
        }
        LocalDate today = Zones.today(clock);
        ValidationException.Builder errors = ValidationException.builder();
        if (request.district() != null) {
            errors.check(ReferenceData.get().districts().contains(request.district()), "district", "unknown district");
        }
        checkDepartments(request.leadDepartment(), request.cooperatingDepartments(), errors);
        List<TaskRequest.MilestoneRequest> milestones = request.milestones() == null ? List.of() : request.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            LocalDate due = milestones.get(i).dueDate();
            errors.check(due == null || !due.isBefore(today), "milestones[" + i + "].dueDate", "must not be in the past");
        }
        errors.check(request.dueDate() == null || !request.dueDate().isBefore(today), "dueDate",
                "must not be in the past");
        errors.throwIfAny();

        Task.Planned planned = Task.plan(request, clock.instant());
        planned.task().persist();
        planned.events().forEach(outbox::record);
        Task task = planned.task();
        return TaskView.of(task, today);
    }

    public PageResponse<TaskView> list(TaskFilter filter, PageRequest page) {
        if (filter.district() != null) {
            caller.requireDistrictInScope(filter.district());
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope(where, params);
        LocalDate today = Zones.today(clock);
        if (filter.district() != null) {
            where.append(" and district = :district");
            params.put("district", filter.district());
        }
        if (filter.phase() != null) {
            where.append(" and phase = :phase");
            params.put("phase", filter.phase());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.responsiblePerson() != null) {
            where.append(" and responsiblePerson = :person");
            params.put("person", filter.responsiblePerson());
        }
        if (filter.hazardId() != null) {
            where.append(" and hazardId = :hazardId");
            params.put("hazardId", filter.hazardId());
        }
        if (filter.overdue() != null) {
            // the same rule as RagRules' RED, in the query so paging and totals stay right
            String overdue = "(status <> :done and (dueDate < :today or id in (select m.task.id from Milestone m"
                    + " where m.completedAt is null and m.dueDate < :today)))";
            where.append(filter.overdue() ? " and " + overdue : " and not " + overdue);
            params.put("done", TaskStatus.DONE);
            params.put("today", today);
        }
        return PageResponse.of(Task.<Task>find(where.toString(), page.sort(), params), page, t -> TaskView.of(t, today));
    }

    public TaskView get(UUID id) {
        return TaskView.of(visible(id), Zones.today(clock));
    }

    @Transactional
    public TaskView change(UUID id, TaskPatch patch) {
        Task task = changeable(id);
        preconditions.checkIfMatch(task.version);
        ValidationException.Builder errors = ValidationException.builder();
        checkDepartments(patch.leadDepartment(), patch.cooperatingDepartments(), errors);
        errors.check(patch.title() == null || !patch.title().isBlank(), "title", "must not be blank");
        errors.throwIfAny();
        task.change(patch, clock.instant()).forEach(outbox::record);
        task.flush();
        return TaskView.of(task, Zones.today(clock));
    }

    @Transactional
    public TaskView completeMilestone(UUID taskId, UUID milestoneId) {
        Task task = changeable(taskId);
        preconditions.checkIfMatch(task.version);
        task.completeMilestone(milestoneId, clock.instant()).forEach(outbox::record);
        task.flush(); // the view carries the new version
        return TaskView.of(task, Zones.today(clock));
    }

    /** Records a supervision (督导检查) of a task the caller may change. */
    @Transactional
    public SupervisionView supervise(UUID taskId, SupervisionRequest request) {
        Task task = changeable(taskId);
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(!request.date().isAfter(Zones.today(clock)), "date", "must not be in the future");
        errors.throwIfAny();
        SupervisionVisit visit = new SupervisionVisit();
        visit.id = UUID.randomUUID();
        visit.taskId = task.id;
        visit.date = request.date();
        visit.supervisor = request.supervisor().trim();
        visit.findings = request.findings();
        visit.rating = request.rating();
        visit.recordedBy = caller.sub();
        visit.createdAt = clock.instant();
        visit.persist();
        return SupervisionView.of(visit);
    }

    public PageResponse<SupervisionView> supervisions(UUID taskId, PageRequest page) {
        Task task = visible(taskId);
        return PageResponse.of(SupervisionVisit.<SupervisionVisit>find("taskId", page.sort(), task.id), page,
                SupervisionView::of);
    }

    /** Work materials archived with a task (归档): PDF, images, Office files, ZIP; up to 50 MB, SHA-256 kept. */
    static final String ATTACHMENT_OWNER = "task";
    static final Set<FileType> ARCHIVE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.HEIC,
            FileType.DOCX, FileType.XLSX, FileType.ZIP);
    static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;

    @Transactional
    public FileInfo attach(UUID taskId, FileUpload upload) {
        Task task = visible(taskId);
        return files.store(ATTACHMENT_OWNER, task.id, upload, ARCHIVE_TYPES, MAX_ATTACHMENT_BYTES, caller.sub());
    }

    public StoredFile attachment(UUID taskId, UUID attachmentId) {
        Task task = visible(taskId);
        return files.find(ATTACHMENT_OWNER, task.id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("attachment"));
    }

    /** A task the caller may see, else 404 (never reveal that it exists). */
    public Task visible(UUID id) {
        StringBuilder where = new StringBuilder("id = :id");
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        scope(where, params);
        return Task.<Task>find(where.toString(), params).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("task"));
    }

    /** A task the caller may change: a district bureau sees city-wide tasks but only changes its own. */
    public Task changeable(UUID id) {
        Task task = visible(id);
        if (!caller.isCity() && !Objects.equals(task.district, caller.district())) {
            throw ProblemException.forbidden("city-wide tasks are changed by the city");
        }
        return task;
    }

    /** City sees all; district roles see their district and the city-wide tasks. */
    private void scope(StringBuilder where, Map<String, Object> params) {
        if (caller.isCity()) {
            return;
        }
        String district = caller.district();
        if (district == null) {
            where.append(" and district is null");
        } else {
            where.append(" and (district = :scope or district is null)");
            params.put("scope", district);
        }
    }

    private static void checkDepartments(String lead, List<String> cooperating, ValidationException.Builder errors) {
        var departments = ReferenceData.get().departments();
        if (lead != null && !lead.isBlank()) {
            errors.check(departments.contains(lead), "leadDepartment", "unknown department " + lead);
        }
        if (cooperating != null) {
            for (int i = 0; i < cooperating.size(); i++) {
                String code = cooperating.get(i);
                errors.check(code != null && departments.contains(code), "cooperatingDepartments[" + i + "]",
                        "unknown department " + code);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
