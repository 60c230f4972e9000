package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Versioned;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A piece of equipment as the API shows it. */
public record EquipmentView(UUID id, UUID unitId, String district, String category, String equipmentCode,
                            EquipmentCodeFormat equipmentCodeFormat, String registrationNumber,
                            UsageEnvironment usageEnvironment, String location, LocalDate nextInspectionDue,
                            EquipmentStatus status, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version)
        implements Versioned {

    public static EquipmentView of(Equipment e) {
        return new EquipmentView(e.id, e.unitId, e.district, e.category, e.equipmentCode, e.equipmentCodeFormat,
                e.registrationNumber, e.usageEnvironment, e.location, e.nextInspectionDue, e.status,
                Zones.shanghai(e.createdAt), Zones.shanghai(e.updatedAt), e.version);
    }
}
