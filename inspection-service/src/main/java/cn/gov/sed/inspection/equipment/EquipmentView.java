package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A piece of equipment as the API shows it. */
@Schema(name = "Equipment", description = "a piece of special equipment (特种设备) of a unit")
public record EquipmentView(UUID id, UUID unitId, String district, String category, String equipmentCode,
                            EquipmentCodeFormat equipmentCodeFormat,
                            @Schema(nullable = true, description = "使用登记证编号; null when not given")
                            String registrationNumber,
                            UsageEnvironment usageEnvironment,
                            @Schema(nullable = true, description = "null when not given") String location,
                            @Schema(nullable = true, description = "下次检验日期; null when not given")
                            LocalDate nextInspectionDue,
                            EquipmentStatus status, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version)
        implements Versioned {

    public static EquipmentView of(Equipment e) {
        return new EquipmentView(e.id, e.unitId, e.district, e.category, e.equipmentCode, e.equipmentCodeFormat,
                e.registrationNumber, e.usageEnvironment, e.location, e.nextInspectionDue, e.status,
                Zones.shanghai(e.createdAt), Zones.shanghai(e.updatedAt), e.version);
    }
}
