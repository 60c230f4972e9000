package cn.gov.sed.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

public record RectificationPlanned(String district, UUID hazardId, String responsiblePerson, LocalDate deadline,
                                   String unitUscc) implements DomainEvent {
    public RectificationPlanned {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(deadline, "deadline");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
