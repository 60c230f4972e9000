package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.Zones;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enforcement action as the API shows it (the fields of EnforcementActionTaken, plus who took it). */
public record EnforcementActionView(UUID id, UUID unitId, String district, EnforcementType type, String typeLabel,
                                    String reason, String legalBasis, String amount, String decisionNumber,
                                    List<String> hazardIds, OffsetDateTime takenAt, String takenBy) {

    public static EnforcementActionView of(EnforcementAction a) {
        return new EnforcementActionView(a.id, a.unitId, a.district, a.type, a.type.label(), a.reason, a.legalBasis,
                a.amount == null ? null : a.amount.toPlainString(), a.decisionNumber, List.copyOf(a.hazardIds),
                Zones.shanghai(a.takenAt), a.takenBy);
    }
}
