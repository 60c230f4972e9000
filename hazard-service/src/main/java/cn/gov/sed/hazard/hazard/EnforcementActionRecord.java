package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.vocabulary.EnforcementType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enforcement action (处罚/约谈/曝光/黑名单) citing a hazard, with every field of EnforcementActionTaken. */
public record EnforcementActionRecord(String district, UUID actionId, UUID unitId, String unitUscc, String unitName,
                                      EnforcementType type, String reason, String legalBasis, String amount,
                                      String decisionNumber, List<UUID> hazardIds, OffsetDateTime takenAt) {
    /** The action as linked: {@code hazardIds} are the hazards it was linked to, not every id the event cited. */
    public static EnforcementActionRecord of(EnforcementActionTaken e, List<UUID> linkedHazardIds) {
        return new EnforcementActionRecord(e.district(), e.actionId(), e.unitId(), e.unitUscc(), e.unitName(),
                e.type(), e.reason(), e.legalBasis(), e.amount(), e.decisionNumber(), List.copyOf(linkedHazardIds),
                e.takenAt());
    }
}
