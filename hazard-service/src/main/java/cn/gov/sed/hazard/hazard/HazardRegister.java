package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.validation.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The hazard register: hazards found by inspections, reported by departments, classified, and enforcement. */
@ApplicationScoped
public class HazardRegister {
    /** The district bureaus report under their own department code. */
    static final String BUREAU_DEPARTMENT = "MARKET_SUPERVISION";
    private static final String INSPECTION_SERVICE = "inspection-service";
    private static final Logger LOG = Logger.getLogger(HazardRegister.class);

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    Caller caller;
    @Inject
    Preconditions preconditions;
    @Inject
    HazardQueries queries;

    @ConfigProperty(name = "sed.hazard.default-deadline-days", defaultValue = "15")
    int defaultDeadlineDays;

    /**
     * A finding of a completed inspection becomes a hazard: LISTED when general or major, RECORDED when minor.
     * Runs in the consumer's transaction; a finding already registered (a replay under a new ce_id) does nothing.
     */
    @Transactional
    public void registerFound(HazardFound e) {
        if (Hazard.byFindingId(e.findingId()) != null) {
            return;
        }
        Hazard h = Hazard.fromFinding(e, clock.instant());
        // no status before registration: the first history entry goes from null to LISTED or RECORDED
        h.registerFinding(e.rectifyBy(), INSPECTION_SERVICE, "registered from finding " + e.findingId(), clock.instant(), Zones.today(clock),
                defaultDeadlineDays).forEach(outbox::record);
        h.persist();
    }

    /**
     * Links an enforcement action to the hazards it cites that belong to the same unit ({@code unitUscc}) and
     * district as the action: an action of one district cannot mark another's hazards. Only the first
     * {@link Limits#IDS} ids are considered, so a hostile event cannot make this load thousands of hazards;
     * every id not linked (unknown, another unit's or district's, beyond the cap) is ignored and logged.
     */
    @Transactional
    public void attachEnforcement(EnforcementActionTaken e) {
        List<UUID> cited = e.hazardIds() == null ? List.of()
                : e.hazardIds().stream().filter(Objects::nonNull).distinct().toList();
        List<UUID> considered = cited.stream().limit(Limits.IDS).toList();
        List<Hazard> hazards = considered.isEmpty() ? List.of()
                : Hazard.<Hazard>list("id in ?1 and unitUscc = ?2 and district = ?3", considered, e.unitUscc(), e.district());
        List<UUID> linked = hazards.stream().map(h -> h.id).toList();
        List<UUID> ignored = cited.stream().filter(id -> !linked.contains(id)).toList();
        if (!ignored.isEmpty()) {
            // the line names at most Limits.IDS of them: a hostile event must not make a megabyte log line
            LOG.warnf("enforcement action %s (unit %s, district %s): %d cited hazard id(s) ignored, not of this unit"
                            + " and district or beyond the first %d: %s%s", e.actionId(), e.unitUscc(), e.district(),
                    ignored.size(), Limits.IDS, ignored.stream().limit(Limits.IDS).toList(),
                    ignored.size() > Limits.IDS ? " …" : "");
        }
        // the record names only the hazards it is linked to: other districts' ids are shown nowhere
        EnforcementActionRecord record = EnforcementActionRecord.of(e, linked);
        hazards.forEach(h -> h.linkEnforcement(record));
    }

    /** A department's or district bureau's report (部门移交): REPORTED, awaiting classification. */
    @Transactional
    public HazardView report(ReportRequest request) {
        ReportCheck.Checked checked = ReportCheck.check(request, clock.instant());
        if (!checked.valid()) {
            throw new ValidationException(checked.errors());
        }
        HazardScope.requireDistrict(caller, checked.request().district());
        Hazard h = Hazard.reported(checked.request(), reportingDepartment(), caller.sub(), clock.instant());
        h.persist();
        return HazardView.of(h, Zones.today(clock));
    }

    /** The department a report comes from: a department's token names it; the bureaus are market supervision. */
    public String reportingDepartment() {
        return caller.isDepartment() ? caller.department() : BUREAU_DEPARTMENT;
    }

    /** 甄别: a special-equipment hazard is registered by its severity; anything else is removed (剔除). */
    @Transactional
    public HazardView classify(UUID id, ClassificationRequest r) {
        Hazard h = queries.inScope(id);
        ValidationException.Builder errors = ValidationException.builder();
        if (r == null || r.specialEquipmentHazard() == null) {
            throw ValidationException.of("specialEquipmentHazard", "is required (true or false)");
        }
        if (r.specialEquipmentHazard()) {
            errors.check(r.severity() != null, "severity", "is required for a special-equipment hazard");
            errors.check(r.hazardType() != null, "hazardType", "is required for a special-equipment hazard");
        } else {
            errors.check(r.reason() != null && !r.reason().isBlank(), "reason",
                    "is required: the reporting department is told why");
        }
        errors.throwIfAny();
        h.requireAllowed(HazardRules.Action.CLASSIFY);
        preconditions.checkIfMatch(h.version);
        h.classify(r, caller.sub(), clock.instant(), Zones.today(clock), defaultDeadlineDays).forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }
}
