package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The body of POST /api/v1/inspections/{id}/findings. */
public record FindingRequest(
        @Schema(description = "equipment of the inspected unit") @NotNull UUID equipmentId,
        @Schema(description = "a checklist item for the equipment's category, not retired", examples = "E01")
        @NotBlank @Size(max = Limits.NAME) String checklistItemCode,
        @Schema(description = "what was found", examples = "3号电梯层门门锁回路被短接，电梯仍在运行")
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "MINOR 轻微, GENERAL 一般, MAJOR 重大; defaults to the item's") Severity severity,
        @Schema(description = "required when the severity differs from the item's",
                examples = "该电梯位于学校教学楼，每日载客量大") @Size(max = 1000)
        String severityReason,
        @Schema(description = "defaults to the item's") HazardType hazardType,
        @Schema(description = "ids of photos uploaded to this inspection")
        @Size(max = Limits.IDS) List<@NotNull UUID> photoIds) {
}
