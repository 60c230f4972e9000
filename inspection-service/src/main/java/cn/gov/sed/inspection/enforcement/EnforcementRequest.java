package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of POST /api/v1/units/{id}/enforcement-actions. */
public record EnforcementRequest(
        @Schema(description = "PENALTY 行政处罚, INTERVIEW 约谈, EXPOSURE 曝光, BLACKLIST 列入严重违法失信名单"
                + " (BLACKLIST_LIFTED 信用修复 only through credit-repair)")
        @NotNull EnforcementType type,
        @Schema(description = "事由", examples = "使用未经定期检验的电梯，经责令改正逾期未改正")
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "法律依据", examples = "《中华人民共和国特种设备安全法》第八十四条")
        @Size(max = Limits.NAME) String legalBasis,
        @Schema(description = "CNY decimal string, required for PENALTY", examples = "20000.00")
        @Size(max = Limits.NAME) String amount,
        @Schema(description = "决定书文号; for BLACKLIST the decision number of a PENALTY of this unit",
                examples = "津和市监罚〔2025〕12号")
        @Size(max = 100) String decisionNumber,
        @Schema(description = "ids of hazards (hazard-service) the action is about; kept as given")
        @Size(max = Limits.IDS) List<@NotNull @Size(max = Limits.NAME) String> hazardIds) {
}
