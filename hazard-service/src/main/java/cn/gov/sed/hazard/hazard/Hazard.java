package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationRejected;
import cn.gov.sed.contracts.events.RectificationSubmitted;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.rectification.Plan;
import cn.gov.sed.hazard.rectification.RectificationReport;
import cn.gov.sed.hazard.rectification.Verification;
import cn.gov.sed.hazard.rectification.VerificationResult;
import cn.gov.sed.hazard.hazard.HazardRules.Action;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** 隐患 a hazard: what was found, where, and how far its rectification has come. */
@Entity
@Table(name = "hazard")
public class Hazard extends PanacheEntityBase {
    @Id
    public UUID id;
    @Version
    public long version;

    // --- what was found (the fields of HazardFound, or of a department's report) ---
    public String district;
    public UUID findingId;
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    public InspectionMethod method;
    public Instant foundAt;
    public UUID unitId;
    public String unitUscc;
    public String unitName;
    public String unitContactName;
    public String unitContactPhone;
    public String industry;
    public UUID equipmentId;
    public String equipmentCode;
    public String equipmentCategory;
    @Enumerated(EnumType.STRING)
    public UsageEnvironment usageEnvironment;
    public String checklistItemCode;
    public String hazardStandard;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    public HazardType hazardType;
    public String description;
    /** jsonb [{name, certificateNo}]; null is read as none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<InspectorRef> inspectors;

    // --- where it came from and where it stands ---
    @Enumerated(EnumType.STRING)
    public HazardSource source;
    public String reportingDepartment;
    @Enumerated(EnumType.STRING)
    public HazardStatus status;
    /** In the problem-and-hazard list; kept as a column so lists and statistics filter on it. */
    public boolean listed;
    public LocalDate registeredOn;
    /** The plan's time limit; before a plan, the instruction's (a finding) or the default one (registration + days). */
    public LocalDate deadline;
    /** Failed re-inspections so far (复查轮次). */
    public int rounds;
    public Instant closedAt;
    public Instant createdAt;

    // --- the nested records: jsonb columns mapped as typed values (written by the stored-JSON mapper,
    // common/StoredJson), read and written with the hazard only and never queried on their own. A null column is
    // read as none (the accessors below); every change assigns a new list, so Hibernate sees it. ---
    @JdbcTypeCode(SqlTypes.JSON)
    public Plan plan;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Plan> planHistory;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RectificationReport> reports;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Verification> verifications;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EnforcementActionRecord> enforcementActions;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<HistoryEntry> history;

    public static Hazard byFindingId(UUID findingId) {
        return find("findingId", findingId).firstResult();
    }

    /** A new hazard of a finding of a completed inspection, not yet registered (no status). */
    public static Hazard fromFinding(HazardFound e, Instant now) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.district = e.district();
        h.findingId = e.findingId();
        h.inspectionId = e.inspectionId();
        h.method = e.method();
        h.foundAt = e.foundAt().toInstant();
        h.unitId = e.unitId();
        h.unitUscc = e.unitUscc();
        h.unitName = e.unitName();
        h.unitContactName = e.unitContactName();
        h.unitContactPhone = e.unitContactPhone();
        h.industry = e.industry();
        h.equipmentId = e.equipmentId();
        h.equipmentCode = e.equipmentCode();
        h.equipmentCategory = e.equipmentCategory();
        h.usageEnvironment = e.usageEnvironment();
        h.checklistItemCode = e.checklistItemCode();
        h.hazardStandard = e.hazardStandard();
        h.severity = e.severity();
        h.hazardType = e.hazardType();
        h.description = e.description();
        h.inspectors = e.inspectors() == null ? null : List.copyOf(e.inspectors());
        h.source = HazardSource.INSPECTION;
        h.createdAt = now;
        return h;
    }

    /** A new REPORTED hazard of a checked department report (not yet persisted); a report announces nothing. */
    public static Hazard reported(ReportRequest r, String department, String actor, Instant now) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.district = r.district();
        h.foundAt = r.foundAt().toInstant();
        h.unitUscc = r.unitUscc();
        h.unitName = r.unitName();
        h.equipmentCategory = r.equipmentCategory();
        h.equipmentCode = r.equipmentCode();
        h.description = r.description();
        h.inspectors = List.of();
        h.source = HazardSource.DEPARTMENT_REPORT;
        h.reportingDepartment = department;
        h.createdAt = now;
        h.transition(HazardStatus.REPORTED, now, actor, "reported");
        return h;
    }

    /**
     * Registers the hazard of a finding: LISTED when general or major, RECORDED when minor. A general or major
     * finding keeps the time limit its instruction (监察指令书) printed ({@code rectifyBy}), so the unit's
     * instruction and the hazard list agree; without one (events before v1.1) the default time limit applies.
     */
    public List<DomainEvent> registerFinding(LocalDate rectifyBy, String actor, String comment, Instant now,
                                             LocalDate today, int deadlineDays) {
        return register(HazardRules.deadlineOfFinding(severity, rectifyBy, today, deadlineDays), actor, comment, now,
                today);
    }

    /**
     * Registers a graded hazard with its time limit; the event carries the deadline, so consumers take it
     * rather than computing it again.
     */
    private List<DomainEvent> register(LocalDate timeLimit, String actor, String comment, Instant now,
                                       LocalDate today) {
        registeredOn = today;
        deadline = timeLimit;
        transition(HazardRules.statusOnRegistration(severity), now, actor, comment);
        return List.of(new HazardRegistered(district, id, severity, status, unitUscc, unitName, equipmentCategory,
                hazardType, deadline, source, reportingDepartment));
    }

    /** 409 when the action is not allowed in the current status (before the request is checked, where it is so). */
    public void requireAllowed(Action action) {
        action.require(status);
    }

    /** 甄别: a special-equipment hazard is registered by its severity; anything else is removed (剔除). */
    public List<DomainEvent> classify(ClassificationRequest r, String actor, Instant now, LocalDate today,
                                      int deadlineDays) {
        requireAllowed(Action.CLASSIFY);
        if (r.specialEquipmentHazard()) {
            severity = r.severity();
            hazardType = r.hazardType();
            // a report carries no instruction: the default time limit from its registration
            return register(HazardRules.defaultDeadline(today, deadlineDays), actor, r.reason(), now, today);
        }
        transition(Action.CLASSIFY.target(HazardStatus.REMOVED), now, actor, r.reason());
        return List.of(new HazardRemoved(district, id, r.reason().strip(), reportingDepartment));
    }

    /** Sets or revises the five-point plan: LISTED → RECTIFYING, or a revision while RECTIFYING (history kept). */
    public List<DomainEvent> planRectification(Plan newPlan, String actor, Instant now) {
        requireAllowed(Action.PLAN);
        Plan previous = currentPlan();
        if (previous != null) {
            planHistory = appended(planHistory, previous);
        }
        plan = newPlan;
        deadline = newPlan.deadline();
        transition(Action.PLAN.target(HazardStatus.RECTIFYING), now, actor,
                previous == null ? "five-point plan set" : "five-point plan revised");
        return List.of(new RectificationPlanned(district, id, newPlan.responsiblePerson(), newPlan.deadline(), unitUscc));
    }

    /** The unit reports the rectification done: RECTIFYING → PENDING_VERIFICATION. */
    public List<DomainEvent> reportRectification(RectificationReport report, String actor, Instant now) {
        requireAllowed(Action.REPORT);
        reports = appended(reports, report);
        transition(Action.REPORT.target(HazardStatus.PENDING_VERIFICATION), now, actor, "rectification reported");
        return List.of(new RectificationSubmitted(district, id, Zones.shanghai(now), unitUscc));
    }

    /** The re-inspection: PASSED closes the hazard (VERIFIED); FAILED sends it back and counts a round. */
    public List<DomainEvent> verify(VerificationResult result, String inspector, String comment,
                                    OffsetDateTime verifiedAt, String actor, Instant now) {
        requireAllowed(Action.VERIFY);
        verifications = appended(verifications, new Verification(verificationList().size() + 1, result, inspector,
                comment, Zones.shanghai(verifiedAt.toInstant()), actor));
        if (result == VerificationResult.PASSED) {
            closedAt = verifiedAt.toInstant();
            transition(Action.VERIFY.target(HazardStatus.VERIFIED), now, actor, comment);
            return List.of(new RectificationVerified(district, id, Zones.shanghai(closedAt), inspector, unitUscc,
                    severity));
        }
        rounds++;
        transition(Action.VERIFY.target(HazardStatus.RECTIFYING), now, actor, comment);
        return List.of(new RectificationRejected(district, id, rounds, comment, unitUscc));
    }

    /** Links an enforcement action once (a replay of the same action changes nothing); announces nothing. */
    public void linkEnforcement(EnforcementActionRecord record) {
        if (enforcementActionList().stream().noneMatch(a -> a.actionId().equals(record.actionId()))) {
            enforcementActions = appended(enforcementActions, record);
        }
    }

    /** Moves to {@code to} and appends the transition to the history. */
    private void transition(HazardStatus to, Instant at, String actor, String comment) {
        history = appended(history, new HistoryEntry(Zones.shanghai(at), actor, status, to, comment));
        status = to;
        listed = HazardRules.isListed(severity, status);
    }

    public List<HistoryEntry> historyEntries() {
        return orNone(history);
    }

    public List<InspectorRef> inspectorList() {
        return orNone(inspectors);
    }

    public Plan currentPlan() {
        return plan;
    }

    public List<Plan> planHistoryList() {
        return orNone(planHistory);
    }

    public List<RectificationReport> reportList() {
        return orNone(reports);
    }

    public List<Verification> verificationList() {
        return orNone(verifications);
    }

    public List<EnforcementActionRecord> enforcementActionList() {
        return orNone(enforcementActions);
    }

    private static <T> List<T> orNone(List<T> stored) {
        return stored == null ? List.of() : Collections.unmodifiableList(stored);
    }

    /** A new list: the stored one and {@code item} (never changed in place, so the change is always seen). */
    private static <T> List<T> appended(List<T> stored, T item) {
        List<T> out = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
        out.add(item);
        return out;
    }
}
