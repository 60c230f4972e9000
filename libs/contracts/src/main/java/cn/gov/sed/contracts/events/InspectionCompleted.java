package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;

import java.time.OffsetDateTime;
import java.util.UUID;

public record InspectionCompleted(String district, UUID inspectionId, UUID unitId, String unitUscc,
                                  InspectionMethod method, OffsetDateTime completedAt, int findingCount)
        implements DomainEvent {
    public InspectionCompleted {
        Require.present(district, "district");
        Require.present(inspectionId, "inspectionId");
        Require.present(unitId, "unitId");
        Require.present(method, "method");
        Require.present(completedAt, "completedAt");
    }

    @Override
    public String aggregateId() {
        return inspectionId.toString();
    }
}
