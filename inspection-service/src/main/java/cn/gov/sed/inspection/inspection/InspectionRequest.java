package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The body of POST /api/v1/inspections. */
public record InspectionRequest(
        @Schema(examples = "120101") @NotBlank @Size(max = Limits.NAME) String district,
        @NotNull UUID unitId,
        @Schema(description = "FOUR_NO_TWO_DIRECT 四不两直, COVERT 暗查暗访, SURPRISE 突击检查, JOINT 联合检查,"
                + " ROUTINE 日常检查, SPECIAL 专项检查") @NotNull InspectionMethod method,
        @Schema(description = "执法人员, at least two") @NotNull
        @Size(min = 2, max = Limits.INSPECTORS, message = "at least two and at most " + Limits.INSPECTORS + " inspectors")
        List<@Valid @NotNull Inspector> inspectors,
        @Schema(description = "department codes (行业主管部门); JOINT needs at least one", examples = "[\"HOUSING\"]")
        @Size(max = Limits.DEPARTMENTS) List<@NotBlank @Size(max = Limits.NAME) String> departments,
        @Schema(examples = "2025-06-10T09:00:00+08:00") @NotNull OffsetDateTime plannedAt) {
}
