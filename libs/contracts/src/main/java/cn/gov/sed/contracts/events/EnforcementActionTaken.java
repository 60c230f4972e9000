package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.EnforcementType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A penalty, interview, exposure, blacklisting or credit repair; {@code amount} is a CNY decimal string. */
public record EnforcementActionTaken(String district, UUID actionId, UUID unitId, String unitUscc, String unitName,
                                     EnforcementType type, String reason, String legalBasis, String amount,
                                     String decisionNumber, List<UUID> hazardIds, OffsetDateTime takenAt)
        implements DomainEvent {
    public EnforcementActionTaken {
        Require.present(district, "district");
        Require.present(actionId, "actionId");
        Require.present(unitId, "unitId");
        Require.present(type, "type");
        Require.present(takenAt, "takenAt");
        hazardIds = hazardIds == null ? List.of() : List.copyOf(hazardIds);
    }

    /** Keyed by the unit, so one unit's actions stay in order. */
    @Override
    public String aggregateId() {
        return unitId.toString();
    }
}
