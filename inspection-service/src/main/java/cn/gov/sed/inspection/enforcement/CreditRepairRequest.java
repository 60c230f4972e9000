package cn.gov.sed.inspection.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/units/{id}/credit-repair (信用修复). */
public record CreditRepairRequest(
        @Schema(description = "why the blacklist is lifted", examples = "已完成整改并缴清罚款，申请信用修复经审核通过")
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "决定书文号 of the credit repair", examples = "津和市监信修〔2025〕3号")
        @NotBlank @Size(max = 100) String decisionNumber) {
}
