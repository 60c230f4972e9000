package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enforcement action as the API shows it (the fields of EnforcementActionTaken, plus who took it). */
@Schema(name = "EnforcementAction", description = "an enforcement action (处罚、约谈、曝光、黑名单、信用修复) against a unit")
public record EnforcementActionView(UUID id, UUID unitId, String district, EnforcementType type, String typeLabel,
                                    String reason,
                                    @Schema(nullable = true, description = "法律依据; null when not given")
                                    String legalBasis,
                                    @Schema(nullable = true, description = "CNY decimal string; always given for a"
                                            + " PENALTY, null when not given", examples = "20000.00") String amount,
                                    @Schema(nullable = true, description = "决定书文号; always given for PENALTY,"
                                            + " BLACKLIST and BLACKLIST_LIFTED, null when not given")
                                    String decisionNumber,
                                    @Schema(description = "ids of hazards (hazard-service) the action is about, as"
                                            + " given; empty when none") List<String> hazardIds,
                                    OffsetDateTime takenAt, String takenBy) {

    public static EnforcementActionView of(EnforcementAction a) {
        return new EnforcementActionView(a.id, a.unitId, a.district, a.type, a.type.label(), a.reason, a.legalBasis,
                a.amount == null ? null : a.amount.toPlainString(), a.decisionNumber, List.copyOf(a.hazardIds),
                Zones.shanghai(a.takenAt), a.takenBy);
    }
}
