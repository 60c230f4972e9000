package cn.gov.sed.inspection.inspection;

import cn.gov.sed.inspection.checklist.ChecklistItem;
import cn.gov.sed.inspection.equipment.Equipment;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
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

/**
 * 检查发现的问题: a hazard found on a piece of equipment against a checklist item. It keeps a snapshot of the item
 * and of the equipment, so later edits of either never change what the inspection recorded.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "equipment_id")
    public UUID equipmentId;

    @Column(name = "equipment_code")
    public String equipmentCode;

    @Column(name = "equipment_category")
    public String equipmentCategory;

    @Column(name = "usage_environment")
    @Enumerated(EnumType.STRING)
    public UsageEnvironment usageEnvironment;

    @Column(name = "checklist_item_code")
    public String checklistItemCode;

    /** Snapshot: 检查内容. */
    @Column(name = "item_content")
    public String itemContent;

    /** Snapshot: 隐患标准. */
    @Column(name = "hazard_standard")
    public String hazardStandard;

    /** Snapshot: the item's default severity. */
    @Column(name = "default_severity")
    @Enumerated(EnumType.STRING)
    public Severity defaultSeverity;

    /** Snapshot: the item's hazard type. */
    @Column(name = "item_hazard_type")
    @Enumerated(EnumType.STRING)
    public HazardType itemHazardType;

    /** Snapshot: 依据. */
    public String basis;

    public String description;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    /** Why the inspector raised or lowered the item's default severity. */
    @Column(name = "severity_reason")
    public String severityReason;

    @Column(name = "hazard_type")
    @Enumerated(EnumType.STRING)
    public HazardType hazardType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_photo", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    public List<UUID> photoIds = new ArrayList<>();

    @Column(name = "found_at")
    public Instant foundAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Version
    public long version;

    /**
     * A finding of {@code inspection} on {@code equipment} against {@code item}, with snapshots of both; the
     * severity and hazard type default to the item's.
     */
    public static Finding record(Inspection inspection, Equipment equipment, ChecklistItem item, String description,
                                 Severity severity, String severityReason, HazardType hazardType, List<UUID> photoIds,
                                 Instant foundAt, String recordedBy) {
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.inspectionId = inspection.id;
        finding.equipmentId = equipment.id;
        finding.equipmentCode = equipment.equipmentCode;
        finding.equipmentCategory = equipment.category;
        finding.usageEnvironment = equipment.usageEnvironment;
        finding.checklistItemCode = item.code;
        finding.itemContent = item.content;
        finding.hazardStandard = item.hazardStandard;
        finding.defaultSeverity = item.defaultSeverity;
        finding.itemHazardType = item.hazardType;
        finding.basis = item.basis;
        finding.description = description;
        finding.severity = severity == null ? item.defaultSeverity : severity;
        finding.severityReason = severityReason;
        finding.hazardType = hazardType == null ? item.hazardType : hazardType;
        finding.photoIds = new ArrayList<>(photoIds);
        finding.foundAt = foundAt;
        finding.recordedBy = recordedBy;
        return finding;
    }
}
