package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The rectification deadline (整改期限) of an open hazard is tomorrow (Asia/Shanghai): the unit and the district
 * bureau are reminded once per hazard and deadline (a revised, later deadline gets its own reminder).
 */
public record RectificationDueTomorrow(String district, UUID hazardId, LocalDate deadline, String unitUscc,
                                       String unitName, Severity severity, String description)
        implements DomainEvent {
    public RectificationDueTomorrow {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(deadline, "deadline");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
