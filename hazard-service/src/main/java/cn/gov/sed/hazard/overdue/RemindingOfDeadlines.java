package cn.gov.sed.hazard.overdue;

import cn.gov.sed.contracts.events.RectificationDueTomorrow;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.hazard.HazardRules;
import cn.gov.sed.platform.jobs.ScheduledJobs;
import cn.gov.sed.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A day before the rectification deadline (整改期限) of an open hazard, reminds the unit and the district bureau
 * once: RectificationDueTomorrow through the outbox. "Once" is a row per hazard and deadline in
 * {@code hazard_deadline_reminder}, written in the same transaction as the outbox row, so a rerun or another
 * replica never repeats it and a later deadline of a revised plan gets its own reminder; the job's advisory lock
 * lets one replica scan at a time (as {@link OverdueScan}). Closed, verified and removed hazards are not open.
 */
@ApplicationScoped
public class RemindingOfDeadlines {
    private static final String JOB = "hazard-deadline-reminders";
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ScheduledJobs jobs;

    @Scheduled(every = "1m", delay = 40, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runScheduled(JOB, this::remind);
    }

    /** One run; returns the number of reminders recorded (0 when another replica holds the lock). */
    public int remind() {
        return jobs.runOnce(JOB, this::remindDueTomorrow);
    }

    private int remindDueTomorrow() {
        LocalDate tomorrow = Zones.today(clock).plusDays(1);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int reminded = 0;
        List<Object[]> rows;
        do {
            rows = dueTomorrow(tomorrow);
            for (Object[] r : rows) {
                reminded += remind(r, now);
            }
        } while (rows.size() == BATCH);
        return reminded;
    }

    /** Open hazards whose deadline is tomorrow and not yet reminded for that deadline. */
    @SuppressWarnings("unchecked")
    private List<Object[]> dueTomorrow(LocalDate tomorrow) {
        return em.createNativeQuery("SELECT h.id, h.district, h.deadline, h.unit_uscc, h.unit_name, h.severity,"
                        + " h.description FROM hazard h"
                        + " WHERE h.status IN (:open) AND h.deadline = :tomorrow"
                        + " AND NOT EXISTS (SELECT 1 FROM hazard_deadline_reminder r"
                        + "   WHERE r.hazard_id = h.id AND r.deadline = h.deadline)"
                        + " ORDER BY h.id LIMIT " + BATCH)
                .setParameter("open", HazardRules.OPEN.stream().map(Enum::name).toList())
                .setParameter("tomorrow", tomorrow)
                .getResultList();
    }

    private int remind(Object[] r, OffsetDateTime now) {
        UUID hazardId = (UUID) r[0];
        LocalDate deadline = r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2];
        int inserted = em.createNativeQuery("INSERT INTO hazard_deadline_reminder (hazard_id, deadline, reminded_at)"
                        + " VALUES (:id, :deadline, :at) ON CONFLICT DO NOTHING")
                .setParameter("id", hazardId).setParameter("deadline", deadline).setParameter("at", now)
                .executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        outbox.record(new RectificationDueTomorrow((String) r[1], hazardId, deadline, (String) r[3], (String) r[4],
                r[5] == null ? null : Severity.valueOf((String) r[5]), (String) r[6]));
        return 1;
    }
}
