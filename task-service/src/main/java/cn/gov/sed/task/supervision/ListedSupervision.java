package cn.gov.sed.task.supervision;

import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.task.task.Task;
import cn.gov.sed.task.task.TaskPhase;
import cn.gov.sed.task.task.TaskService;
import cn.gov.sed.task.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Listed supervision (挂牌督办) of major hazards: the bureau follows each major hazard as a battle-map task, from
 * its registration to its verified rectification (销号). Driven by hazard-events; runs inside the consumer's
 * transaction (REQUIRED joins it).
 */
@ApplicationScoped
public class ListedSupervision {
    private static final Logger LOG = Logger.getLogger(ListedSupervision.class);

    /** Days a hazard has to be rectified before a plan exists (API.md: 15 days after registration). */
    static final int DAYS_BEFORE_A_PLAN = 15;
    static final String CAMPAIGN = "特种设备安全专项整治三年行动";

    @Inject
    Outbox outbox;
    @Inject
    TaskService tasks;
    @Inject
    Clock clock;

    /** A major hazard was registered: open its task, once per hazard however often the event arrives. */
    @Transactional
    public void open(HazardRegistered hazard, String ceTime) {
        if (hazard.severity() != Severity.MAJOR) {
            return; // general and minor hazards are followed in the hazard list, not supervised here
        }
        if (Task.findByHazard(hazard.hazardId()).isPresent()) {
            return; // a replay under a new ce_id: the task already exists
        }
        Instant now = clock.instant();
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.hazardId = hazard.hazardId();
        task.campaign = CAMPAIGN;
        task.phase = TaskPhase.CONCENTRATED_TACKLING;
        task.district = hazard.district();
        task.title = "挂牌督办：" + unitOf(hazard) + " 重大隐患";
        task.goal = "督促单位落实“五落实”整改，复查合格后销号";
        task.leadDepartment = "MARKET_SUPERVISION";
        task.status = TaskStatus.IN_PROGRESS;
        task.dueDate = hazard.deadline() != null ? hazard.deadline()
                : registrationDate(ceTime).plusDays(DAYS_BEFORE_A_PLAN);
        task.createdAt = now;
        task.updatedAt = now;
        task.persist();
        outbox.record(new TaskAssigned(task.district, task.id, task.title, task.responsiblePerson,
                task.leadDepartment, task.dueDate));
    }

    /** The five-point plan (五落实) is set: the task is due with the plan and owned by its responsible person. */
    @Transactional
    public void planned(RectificationPlanned plan) {
        Task.findByHazard(plan.hazardId()).ifPresent(task -> {
            if (task.status == TaskStatus.DONE) {
                return;
            }
            task.dueDate = plan.deadline();
            if (plan.responsiblePerson() != null && !plan.responsiblePerson().isBlank()) {
                task.responsiblePerson = plan.responsiblePerson();
            }
            task.updatedAt = clock.instant();
        });
    }

    /** The re-inspection passed (销号): the supervision is done. */
    @Transactional
    public void verified(RectificationVerified verification) {
        Task.findByHazard(verification.hazardId()).ifPresent(task -> {
            if (task.status != TaskStatus.DONE) {
                tasks.markDone(task, verification.verifiedAt().toInstant());
            }
        });
    }

    private static String unitOf(HazardRegistered hazard) {
        if (hazard.unitName() != null && !hazard.unitName().isBlank()) {
            return hazard.unitName();
        }
        return hazard.unitUscc() != null ? hazard.unitUscc() : "未知单位";
    }

    /** The day of registration in Asia/Shanghai, from the event's ce_time (now when it is missing or unreadable). */
    private LocalDate registrationDate(String ceTime) {
        if (ceTime != null && !ceTime.isBlank()) {
            try {
                return OffsetDateTime.parse(ceTime).atZoneSameInstant(Zones.SHANGHAI).toLocalDate();
            } catch (DateTimeParseException e) {
                LOG.warnf("ce_time '%s' is not an ISO-8601 instant; using today", ceTime);
            }
        }
        return Zones.today(clock);
    }
}
