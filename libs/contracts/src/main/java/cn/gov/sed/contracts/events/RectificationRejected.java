package cn.gov.sed.contracts.events;

import java.util.UUID;

/** The re-inspection failed; {@code round} counts the failed re-inspections so far. */
public record RectificationRejected(String district, UUID hazardId, int round, String comment, String unitUscc)
        implements DomainEvent {
    public RectificationRejected {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
