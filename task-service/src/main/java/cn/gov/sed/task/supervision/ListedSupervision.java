package cn.gov.sed.task.supervision;

import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.vocabulary.RectificationTimeLimit;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.task.task.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Listed supervision (挂牌督办) of major hazards: the bureau follows each major hazard as a battle-map task, from
 * its registration to its verified rectification (销号). Driven by hazard-events; runs inside the consumer's
 * transaction (REQUIRED joins it).
 */
@ApplicationScoped
public class ListedSupervision {
    private static final Logger LOG = Logger.getLogger(ListedSupervision.class);

    /**
     * Days a hazard has to be rectified before a plan exists, used only when an event carries no deadline (the
     * hazard register always sends one in {@code HazardRegistered}).
     */
    static final int DAYS_BEFORE_A_PLAN = RectificationTimeLimit.DAYS;
    static final String CAMPAIGN = "特种设备安全专项整治三年行动";

    @Inject
    Outbox outbox;
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
        LocalDate due = hazard.deadline() != null ? hazard.deadline()
                : registrationDate(ceTime).plusDays(DAYS_BEFORE_A_PLAN);
        Task.Planned planned = Task.superviseHazard(hazard.hazardId(), hazard.district(),
                "挂牌督办：" + unitOf(hazard) + " 重大隐患", CAMPAIGN, due, clock.instant());
        planned.task().persist();
        planned.events().forEach(outbox::record);
    }

    /** The five-point plan (五落实) is set: the task is due with the plan and owned by its responsible person. */
    @Transactional
    public void planned(RectificationPlanned plan) {
        Task.findByHazard(plan.hazardId()).ifPresent(task ->
                task.followPlan(plan.deadline(), plan.responsiblePerson(), clock.instant()));
    }

    /** The re-inspection passed (销号): the supervision is done. */
    @Transactional
    public void verified(RectificationVerified verification) {
        Task.findByHazard(verification.hazardId()).ifPresent(task ->
                task.closeSupervision(verification.verifiedAt().toInstant(), clock.instant()).forEach(outbox::record));
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
