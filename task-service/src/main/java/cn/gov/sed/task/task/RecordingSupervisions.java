package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Recording the supervisions (督导检查) of a task's lead department and responsible person, and reading them. */
@ApplicationScoped
public class RecordingSupervisions {
    @Inject
    TasksInScope tasks;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** Records a supervision of a task the caller may change. */
    @Transactional
    public SupervisionView record(UUID taskId, SupervisionRequest request) {
        Task task = tasks.changeable(taskId);
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(!request.date().isAfter(Zones.today(clock)), "date", "must not be in the future");
        errors.throwIfAny();
        SupervisionVisit visit = SupervisionVisit.of(task, request, caller.sub(), clock.instant());
        visit.persist();
        return SupervisionView.of(visit);
    }

    public PageResponse<SupervisionView> list(UUID taskId, PageRequest page) {
        Task task = tasks.visible(taskId);
        return PageResponse.of(SupervisionVisit.<SupervisionVisit>find("taskId", page.sort(), task.id), page,
                SupervisionView::of);
    }
}
