package cn.gov.sed.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RectificationSubmitted(String district, UUID hazardId, OffsetDateTime submittedAt, String unitUscc)
        implements DomainEvent {
    public RectificationSubmitted {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(submittedAt, "submittedAt");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
