package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A finding with the snapshot of its checklist item ({@code checklistItem}) as it was when recorded. */
public record FindingView(UUID id, UUID inspectionId, UUID equipmentId, String equipmentCode,
                          String equipmentCategory, UsageEnvironment usageEnvironment, String checklistItemCode,
                          ItemSnapshot checklistItem, String hazardStandard, String description, Severity severity,
                          String severityLabel, String severityReason, HazardType hazardType, List<UUID> photoIds,
                          OffsetDateTime foundAt, String recordedBy) {

    public record ItemSnapshot(String code, String content, String hazardStandard, Severity defaultSeverity,
                               HazardType hazardType, String basis) {
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
