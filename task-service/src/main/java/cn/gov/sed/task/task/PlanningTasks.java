package cn.gov.sed.task.task;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Planning a battle-map task (挂图作战) and changing its plan (status, responsible person, goal, measures …). */
@ApplicationScoped
public class PlanningTasks {
    @Inject
    TasksInScope tasks;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    Preconditions preconditions;

    @Transactional
    public TaskView plan(TaskRequest request) {
        tasks.scope().requirePlanningIn(request.district());
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
        return TaskView.of(planned.task(), today);
    }

    @Transactional
    public TaskView change(UUID id, TaskPatch patch) {
        Task task = tasks.changeable(id);
        preconditions.checkIfMatch(task.version);
        ValidationException.Builder errors = ValidationException.builder();
        checkDepartments(patch.leadDepartment(), patch.cooperatingDepartments(), errors);
        errors.check(patch.title() == null || !patch.title().isBlank(), "title", "must not be blank");
        errors.throwIfAny();
        task.change(patch, clock.instant()).forEach(outbox::record);
        task.flush(); // the view carries the new version
        return TaskView.of(task, Zones.today(clock));
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
}
