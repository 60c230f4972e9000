package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A finding with the snapshot of its checklist item ({@code checklistItem}) as it was when recorded. */
@Schema(name = "Finding", description = "a finding (检查发现的问题) with the snapshot of its checklist item as recorded")
public record FindingView(UUID id, UUID inspectionId, UUID equipmentId, String equipmentCode,
                          String equipmentCategory, UsageEnvironment usageEnvironment, String checklistItemCode,
                          ItemSnapshot checklistItem, String hazardStandard, String description, Severity severity,
                          String severityLabel,
                          @Schema(nullable = true, description = "why the severity differs from the item's; null when"
                                  + " it does not, or when none was given") String severityReason,
                          HazardType hazardType, List<UUID> photoIds,
                          OffsetDateTime foundAt, String recordedBy) {

    @Schema(name = "ChecklistItemSnapshot", description = "the checklist item as it was when the finding was recorded")
    public record ItemSnapshot(String code, String content, String hazardStandard, Severity defaultSeverity,
                               HazardType hazardType,
                               @Schema(nullable = true, description = "依据; null when the item names none")
                               String basis) {
    }

    public static FindingView of(Finding f) {
        return new FindingView(f.id, f.inspectionId, f.equipmentId, f.equipmentCode, f.equipmentCategory,
                f.usageEnvironment, f.checklistItemCode,
                new ItemSnapshot(f.checklistItemCode, f.itemContent, f.hazardStandard, f.defaultSeverity,
                        f.itemHazardType, f.basis),
                f.hazardStandard, f.description, f.severity, f.severity.label(), f.severityReason, f.hazardType,
                List.copyOf(f.photoIds), Zones.shanghai(f.foundAt), f.recordedBy);
    }
}
