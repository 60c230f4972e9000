package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.LocalDate;
import java.util.UUID;

public record HazardRegistered(String district, UUID hazardId, Severity severity, HazardStatus status,
                               String unitUscc, String unitName, String equipmentCategory, HazardType hazardType,
                               LocalDate deadline, HazardSource source, String reportingDepartment)
        implements DomainEvent {
    public HazardRegistered {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(severity, "severity");
        Require.present(status, "status");
        Require.present(source, "source");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
