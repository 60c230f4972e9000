package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 甄别: is a reported item a special-equipment hazard? false removes it (剔除) and tells the department why. */
public record ClassificationRequest(
        @Schema(description = "true: a special-equipment hazard (listed or recorded by severity); false: removed (剔除)", examples = "true", required = true) Boolean specialEquipmentHazard,
        @Schema(description = "required when specialEquipmentHazard is true", examples = "GENERAL") Severity severity,
        @Schema(description = "required when specialEquipmentHazard is true", examples = "EQUIPMENT_CONDITION") HazardType hazardType,
        @Schema(description = "why; required when removing", examples = "制动器闸瓦磨损超过制造单位规定值，属一般隐患") @Size(max = Limits.TEXT) String reason) {
}
