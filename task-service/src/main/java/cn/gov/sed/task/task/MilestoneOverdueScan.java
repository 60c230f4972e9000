package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.jobs.ScheduledJobs;
import cn.gov.sed.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Publishes MilestoneOverdue once for each open time node whose date has passed (Asia/Shanghai) on a task that is
 * not done. Safe with several replicas: one replica at a time holds the job's lock ({@link ScheduledJobs}), and
 * each node is marked when reported.
 */
@ApplicationScoped
public class MilestoneOverdueScan {
    private static final String JOB = "milestone-overdue-scan";

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ScheduledJobs jobs;

    @Scheduled(every = "${sed.tasks.overdue-scan:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runScheduled(JOB, this::scan);
    }

    /** Returns how many nodes were reported (0 when another replica holds the lock). */
    public int scan() {
        return jobs.runOnce(JOB, this::reportOverdue);
    }

    private int reportOverdue() {
        LocalDate today = Zones.today(clock);
        List<Milestone> due = Milestone.list("completedAt is null and overdueReportedAt is null and dueDate < ?1"
                + " and task.status <> ?2", today, TaskStatus.DONE);
        Instant now = clock.instant();
        for (Milestone m : due) {
            m.reportOverdue(now).forEach(outbox::record);
        }
        return due.size();
    }
}
