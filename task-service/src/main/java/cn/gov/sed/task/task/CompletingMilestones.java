package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Completing a time node (时间节点) of a task the caller may change. */
@ApplicationScoped
public class CompletingMilestones {
    @Inject
    TasksInScope tasks;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    Preconditions preconditions;

    @Transactional
    public TaskView complete(UUID taskId, UUID milestoneId) {
        Task task = tasks.changeable(taskId);
        preconditions.checkIfMatch(task.version);
        task.completeMilestone(milestoneId, clock.instant()).forEach(outbox::record);
        task.flush(); // the view carries the new version
        return TaskView.of(task, Zones.today(clock));
    }
}
