package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.common.Json;
import cn.gov.sed.hazard.rectification.Plan;
import cn.gov.sed.hazard.rectification.RectificationReport;
import cn.gov.sed.hazard.rectification.Verification;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
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
    /** JSON [{name, certificateNo}]. */
    public String inspectors;

    // --- where it came from and where it stands ---
    @Enumerated(EnumType.STRING)
    public HazardSource source;
    public String reportingDepartment;
    @Enumerated(EnumType.STRING)
    public HazardStatus status;
    /** In the problem-and-hazard list; kept as a column so lists and statistics filter on it. */
    public boolean listed;
    public LocalDate registeredOn;
    /** The plan's time limit, or the default one before a plan exists. */
    public LocalDate deadline;
    /** Failed re-inspections so far (复查轮次). */
    public int rounds;
    public Instant closedAt;
    public Instant createdAt;

    // --- JSON text: read and written with the hazard only ---
    public String plan;
    public String planHistory;
    public String reports;
    public String verifications;
    public String enforcementActions;
    public String history;

    public static Hazard byFindingId(UUID findingId) {
        return find("findingId", findingId).firstResult();
    }

    /** Moves to {@code to} and appends the transition to the history. */
    public void transition(HazardStatus to, Instant at, String actor, String comment) {
        List<HistoryEntry> entries = historyEntries();
        entries.add(new HistoryEntry(Zones.shanghai(at), actor, status, to, comment));
        history = Json.write(entries);
        status = to;
        listed = HazardRules.isListed(severity, status);
    }

    public List<HistoryEntry> historyEntries() {
        return Json.readList(history, HistoryEntry.class);
    }

    public List<InspectorRef> inspectorList() {
        return Json.readList(inspectors, InspectorRef.class);
    }

    public Plan currentPlan() {
        return Json.read(plan, Plan.class);
    }

    public List<Plan> planHistoryList() {
        return Json.readList(planHistory, Plan.class);
    }

    public List<RectificationReport> reportList() {
        return Json.readList(reports, RectificationReport.class);
    }

    public List<Verification> verificationList() {
        return Json.readList(verifications, Verification.class);
    }

    public List<EnforcementActionRecord> enforcementActionList() {
        return Json.readList(enforcementActions, EnforcementActionRecord.class);
    }
}
