package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.InspectionCompleted;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.RectificationTimeLimit;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.inspection.InspectionLifecycle.Action;
import cn.gov.sed.inspection.unit.Unit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 监督检查 of one unit by officers of a district (or of the city). */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;

    /** Running number for the instruction's document number (文书编号), never reused. */
    public long number;

    public String district;

    @Column(name = "unit_id")
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    public InspectionMethod method;

    @Enumerated(EnumType.STRING)
    public InspectionStatus status;

    @Column(name = "planned_at")
    public Instant plannedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    public String location;

    @Column(name = "completed_at")
    public Instant completedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_inspector", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    public List<InspectorEntry> inspectors = new ArrayList<>();

    /** Departments (行业主管部门) joining the inspection. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_department", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "department")
    public List<String> departments = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** A new inspection, PLANNED, of a unit of {@code district}. */
    public static Inspection plan(long number, String district, UUID unitId, InspectionMethod method,
                                  Instant plannedAt, List<InspectorEntry> inspectors, List<String> departments,
                                  String createdBy, Instant createdAt) {
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.number = number;
        inspection.district = district;
        inspection.unitId = unitId;
        inspection.method = method;
        inspection.status = InspectionStatus.PLANNED;
        inspection.plannedAt = plannedAt;
        inspection.inspectors = new ArrayList<>(inspectors);
        inspection.departments = new ArrayList<>(departments);
        inspection.createdBy = createdBy;
        inspection.createdAt = createdAt;
        return inspection;
    }

    /** PLANNED → IN_PROGRESS on site; no event (inspections are unannounced). */
    public List<DomainEvent> start(Instant startedAt, String location) {
        status = InspectionLifecycle.apply(status, Action.START);
        this.startedAt = startedAt;
        this.location = location;
        return List.of();
    }

    /** Photos are taken only while IN_PROGRESS: 409 otherwise. */
    public void requirePhotosAllowed() {
        InspectionLifecycle.apply(status, Action.ADD_PHOTO);
    }

    /** Findings are recorded only while IN_PROGRESS: 409 otherwise. */
    public void requireFindingsAllowed() {
        InspectionLifecycle.apply(status, Action.ADD_FINDING);
    }

    /**
     * IN_PROGRESS → COMPLETED: one HazardFound per finding (in their order) and one InspectionCompleted.
     *
     * @param unit     the inspected unit
     * @param findings the inspection's findings
     */
    public List<DomainEvent> complete(Instant completedAt, Unit unit, List<Finding> findings) {
        status = InspectionLifecycle.apply(status, Action.COMPLETE);
        this.completedAt = completedAt;
        List<InspectorRef> refs = inspectors.stream().map(p -> new InspectorRef(p.name, p.certificateNo)).toList();
        // 整改期限 as the instruction (监察指令书) gives it, counted from the day of completion
        LocalDate completionDay = Zones.shanghai(completedAt).toLocalDate();
        List<DomainEvent> events = new ArrayList<>();
        for (Finding f : findings) {
            events.add(new HazardFound(district, f.id, id, method, Zones.shanghai(f.foundAt), unit.id, unit.uscc,
                    unit.name, unit.contactName, unit.contactPhone, unit.industry, f.equipmentId, f.equipmentCode,
                    f.equipmentCategory, f.usageEnvironment, f.checklistItemCode, f.hazardStandard, f.severity,
                    f.hazardType, f.description, refs,
                    RectificationTimeLimit.rectifyBy(f.severity, completionDay)));
        }
        events.add(new InspectionCompleted(district, id, unit.id, unit.uscc, method, Zones.shanghai(completedAt),
                findings.size()));
        return events;
    }

    /** 文书编号 of the instruction, e.g. 津市监特指〔2026〕0042号: the year it was planned and its running number. */
    public String documentNumber() {
        return documentNumber(Zones.shanghai(createdAt).getYear(), number);
    }

    static String documentNumber(int year, long number) {
        return "津市监特指〔" + year + "〕" + String.format("%04d", number) + "号";
    }
}
