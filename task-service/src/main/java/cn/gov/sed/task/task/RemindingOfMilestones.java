package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.jobs.ScheduledJobs;
import cn.gov.sed.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A day before an open time node's date (Asia/Shanghai), on a task not done, publishes MilestoneDueTomorrow once:
 * the node keeps the date it was reminded of, in the same transaction as the outbox row. Safe with several
 * replicas like {@link MilestoneOverdueScan}: one replica at a time holds the job's lock ({@link ScheduledJobs}).
 */
@ApplicationScoped
public class RemindingOfMilestones {
    private static final String JOB = "milestone-due-reminders";

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ScheduledJobs jobs;

    @Scheduled(every = "${sed.tasks.overdue-scan:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runScheduled(JOB, this::remind);
    }

    /** Returns how many nodes were reminded (0 when another replica holds the lock). */
    public int remind() {
        return jobs.runOnce(JOB, this::remindDueTomorrow);
    }

    private int remindDueTomorrow() {
        LocalDate tomorrow = Zones.today(clock).plusDays(1);
        List<Milestone> due = Milestone.list("completedAt is null and dueDate = ?1"
                + " and (remindedDueDate is null or remindedDueDate <> dueDate) and task.status <> ?2",
                tomorrow, TaskStatus.DONE);
        for (Milestone m : due) {
            m.remindDueTomorrow().forEach(outbox::record);
        }
        return due.size();
    }
}
