package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Zones;
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

    /** 文书编号 of the instruction, e.g. 津市监特指〔2026〕0042号: the year it was planned and its running number. */
    public String documentNumber() {
        return documentNumber(Zones.shanghai(createdAt).getYear(), number);
    }

    static String documentNumber(int year, long number) {
        return "津市监特指〔" + year + "〕" + String.format("%04d", number) + "号";
    }
}
