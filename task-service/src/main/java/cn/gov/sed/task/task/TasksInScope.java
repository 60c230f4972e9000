package cn.gov.sed.task.task;

import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Loads a task through the caller's {@link TaskScope}: the one way the use cases find a task by its id. */
@ApplicationScoped
public class TasksInScope {
    @Inject
    Caller caller;

    public TaskScope scope() {
        return TaskScope.of(caller);
    }

    /** A task the caller may see, else 404 (never reveal that it exists). */
    public Task visible(UUID id) {
        Where where = scope().visible(new Where().eq("id", id));
        return Task.<Task>find(where.hql(), where.hqlParams()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("task"));
    }

    /** A task the caller may change: a district bureau sees city-wide tasks but only changes its own (else 403). */
    public Task changeable(UUID id) {
        Task task = visible(id);
        scope().requireChange(task.district);
        return task;
    }
}
