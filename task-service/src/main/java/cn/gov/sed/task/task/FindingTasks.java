package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Looking tasks up: the list with its filters and one task, within the caller's scope. */
@ApplicationScoped
public class FindingTasks {
    @Inject
    TasksInScope tasks;
    @Inject
    Clock clock;

    public PageResponse<TaskView> list(TaskFilter filter, PageRequest page) {
        TaskScope scope = tasks.scope();
        scope.requireDistrict(filter.district());
        LocalDate today = Zones.today(clock);
        Where where = filter.addTo(scope.visible(), today);
        return PageResponse.of(Task.<Task>find(where.hql(), page.sort(), where.hqlParams()), page,
                t -> TaskView.of(t, today));
    }

    public TaskView get(UUID id) {
        return TaskView.of(tasks.visible(id), Zones.today(clock));
    }
}
