package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The re-inspection passed: the hazard is closed (销号). */
public record RectificationVerified(String district, UUID hazardId, OffsetDateTime verifiedAt, String inspector,
                                    String unitUscc, Severity severity) implements DomainEvent {
    public RectificationVerified {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(verifiedAt, "verifiedAt");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
