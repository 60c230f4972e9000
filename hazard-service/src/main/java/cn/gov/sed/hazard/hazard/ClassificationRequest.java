package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 甄别: is a reported item a special-equipment hazard? false removes it (剔除) and tells the department why. */
public record ClassificationRequest(
        @Schema(required = true) Boolean specialEquipmentHazard,
        @Schema(description = "required when specialEquipmentHazard is true") Severity severity,
        @Schema(description = "required when specialEquipmentHazard is true") HazardType hazardType,
        @Schema(description = "why; required when removing") @Size(max = Limits.TEXT) String reason) {
}
