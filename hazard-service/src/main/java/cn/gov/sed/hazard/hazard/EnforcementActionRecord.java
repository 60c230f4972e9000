package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enforcement action (处罚/约谈/曝光/黑名单) citing a hazard, with every field of EnforcementActionTaken. */
@Schema(name = "EnforcementAction", description = "an enforcement action (处罚/约谈/曝光/黑名单) linked to the hazard, "
        + "with the fields of EnforcementActionTaken")
public record EnforcementActionRecord(
        String district,
        UUID actionId,
        UUID unitId,
        @Schema(nullable = true) String unitUscc,
        @Schema(nullable = true) String unitName,
        EnforcementType type,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) String legalBasis,
        @Schema(nullable = true, description = "CNY decimal string (PENALTY); null for other types") String amount,
        @Schema(nullable = true, description = "决定书文号, when the action has one") String decisionNumber,
        @Schema(description = "the hazards of this unit and district the action is linked to") List<UUID> hazardIds,
        OffsetDateTime takenAt) {
    /** The action as linked: {@code hazardIds} are the hazards it was linked to, not every id the event cited. */
    public static EnforcementActionRecord of(EnforcementActionTaken e, List<UUID> linkedHazardIds) {
        return new EnforcementActionRecord(e.district(), e.actionId(), e.unitId(), e.unitUscc(), e.unitName(),
                e.type(), e.reason(), e.legalBasis(), e.amount(), e.decisionNumber(), List.copyOf(linkedHazardIds),
                e.takenAt());
    }
}
