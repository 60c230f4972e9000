package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.jobs.JobLock;
import cn.gov.sed.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Publishes MilestoneOverdue once for each open time node whose date has passed (Asia/Shanghai) on a task that is
 * not done. Safe with several replicas: one replica at a time holds the job's advisory lock, and each node is
 * marked when reported.
 */
@ApplicationScoped
public class MilestoneOverdueScan {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    JobLock jobLock;

    @Scheduled(every = "${sed.tasks.overdue-scan:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan();
    }

    /** Returns how many nodes were reported. */
    @Transactional
    public int scan() {
        if (!jobLock.tryLock("milestone-overdue-scan")) {
            return 0; // another replica is scanning
        }
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
