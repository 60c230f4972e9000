package cn.gov.sed.contracts.events;

import java.util.UUID;

/** A reported item that is not a special-equipment hazard (剔除); the reporting department is told why. */
public record HazardRemoved(String district, UUID hazardId, String reason, String reportingDepartment)
        implements DomainEvent {
    public HazardRemoved {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
