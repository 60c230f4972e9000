package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One finding of a completed inspection; the hazard register makes exactly one hazard of each finding id.
 * {@code rectifyBy} is the time limit the instruction (监察指令书) printed for it (see
 * {@link cn.gov.sed.contracts.vocabulary.RectificationTimeLimit}); null in events published before v1.1.
 */
public record HazardFound(String district, UUID findingId, UUID inspectionId, InspectionMethod method,
                          OffsetDateTime foundAt, UUID unitId, String unitUscc, String unitName,
                          String unitContactName, String unitContactPhone, String industry, UUID equipmentId,
                          String equipmentCode, String equipmentCategory, UsageEnvironment usageEnvironment,
                          String checklistItemCode, String hazardStandard, Severity severity,
                          HazardType hazardType, String description, List<InspectorRef> inspectors,
                          LocalDate rectifyBy)
        implements DomainEvent {
    public HazardFound {
        Require.present(district, "district");
        Require.present(findingId, "findingId");
        Require.present(inspectionId, "inspectionId");
        Require.present(foundAt, "foundAt");
        Require.present(unitUscc, "unitUscc");
        Require.present(unitName, "unitName");
        Require.present(equipmentCategory, "equipmentCategory");
        Require.present(checklistItemCode, "checklistItemCode");
        Require.present(severity, "severity");
        Require.present(hazardType, "hazardType");
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
    }

    @Override
    public String aggregateId() {
        return findingId.toString();
    }
}
