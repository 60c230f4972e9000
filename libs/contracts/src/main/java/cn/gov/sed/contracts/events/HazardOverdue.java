package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.OverdueLevel;
import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.LocalDate;
import java.util.UUID;

public record HazardOverdue(String district, UUID hazardId, OverdueLevel level, LocalDate deadline,
                            String unitUscc, Severity severity) implements DomainEvent {
    public HazardOverdue {
        Require.present(district, "district");
        Require.present(hazardId, "hazardId");
        Require.present(level, "level");
        Require.present(deadline, "deadline");
    }

    @Override
    public String aggregateId() {
        return hazardId.toString();
    }
}
