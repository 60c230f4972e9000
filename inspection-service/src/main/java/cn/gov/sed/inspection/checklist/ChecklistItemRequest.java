package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of POST /api/v1/checklist-items. */
public record ChecklistItemRequest(
        @Schema(examples = "E05") @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,20}",
                message = "must be 1 to 20 characters A-Z, 0-9, _ or -") String code,
        @Schema(description = "equipment category codes, or '*' for all", examples = "[\"3100\", \"3200\"]") @NotEmpty @Size(max = Limits.IDS)
        List<@NotBlank @Size(max = Limits.NAME) String> categories,
        @Schema(description = "检查内容", examples = "电梯制动器") @NotBlank @Size(max = 500) String content,
        @Schema(description = "隐患标准", examples = "曳引机制动器闸瓦磨损超标或制动力不足") @NotBlank @Size(max = 1000) String hazardStandard,
        @Schema(description = "MINOR 轻微, GENERAL 一般, MAJOR 重大") @NotNull Severity defaultSeverity,
        @Schema(description = "RESPONSIBILITY 主体责任, MANAGEMENT_SYSTEM 管理制度, OPERATING_PROCEDURE 操作规程,"
                + " EQUIPMENT_CONDITION 设备状况, PERSONNEL_QUALIFICATION 人员资格, INSPECTION_OVERDUE 超期未检, OTHER 其他")
        @NotNull HazardType hazardType,
        @Schema(description = "依据", examples = "TSG T7001-2023") @Size(max = Limits.NAME) String basis) {
}
