package cn.gov.sed.hazard.overdue;

import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.vocabulary.OverdueLevel;
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
 * Finds open hazards past their deadline and emits HazardOverdue once per hazard, deadline and level (DAY_0,
 * DAY_3, DAY_7): a revised deadline that passes climbs the ladder again, so revising a plan never silences
 * escalation. The levels announced are recorded in {@code hazard_overdue_level} (keyed by the deadline) in the
 * same transaction as the outbox rows; the job's lock ({@link ScheduledJobs}) lets one replica scan at a time.
 */
@ApplicationScoped
public class OverdueScan {
    private static final String JOB = "hazard-overdue-scan";
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ScheduledJobs jobs;

    @Scheduled(every = "1m", delay = 30, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runScheduled(JOB, this::scan);
    }

    /** One scan; returns the number of HazardOverdue events recorded (0 when another replica holds the lock). */
    public int scan() {
        return jobs.runOnce(JOB, this::announceOverdue);
    }

    private int announceOverdue() {
        LocalDate today = Zones.today(clock);
        int emitted = 0;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows;
        do {
            rows = candidates(today);
            emitted += announce(rows, today, now);
        } while (rows.size() == BATCH);
        return emitted;
    }

    /**
     * Open hazards past their deadline with fewer levels announced for that deadline than they have reached (the
     * ladder of {@link OverdueRules}, as SQL), so a hazard with nothing new is never picked.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> candidates(LocalDate today) {
        return em.createNativeQuery("SELECT h.id, h.district, h.deadline, h.unit_uscc, h.severity FROM hazard h"
                        + " WHERE h.status IN (:open) AND h.deadline < :today"
                        + " AND (SELECT count(*) FROM hazard_overdue_level o WHERE o.hazard_id = h.id AND o.deadline = h.deadline)"
                        + "   < " + OverdueRules.levelsReachedSql(":today - h.deadline")
                        + " ORDER BY h.deadline, h.id LIMIT " + BATCH)
                .setParameter("open", HazardRules.OPEN.stream().map(Enum::name).toList())
                .setParameter("today", today)
                .getResultList();
    }

    private int announce(List<Object[]> rows, LocalDate today, OffsetDateTime now) {
        int emitted = 0;
        for (Object[] r : rows) {
            UUID hazardId = (UUID) r[0];
            LocalDate deadline = r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2];
            for (OverdueLevel level : OverdueRules.levelsReached(deadline, today)) {
                int inserted = em.createNativeQuery("INSERT INTO hazard_overdue_level (hazard_id, level, deadline, emitted_at)"
                                + " VALUES (:id, :level, :deadline, :at) ON CONFLICT DO NOTHING")
                        .setParameter("id", hazardId).setParameter("level", level.name())
                        .setParameter("deadline", deadline).setParameter("at", now)
                        .executeUpdate();
                if (inserted == 1) {
                    outbox.record(new HazardOverdue((String) r[1], hazardId, level, deadline, (String) r[3],
                            r[4] == null ? null : Severity.valueOf((String) r[4])));
                    emitted++;
                }
            }
        }
        return emitted;
    }
}
