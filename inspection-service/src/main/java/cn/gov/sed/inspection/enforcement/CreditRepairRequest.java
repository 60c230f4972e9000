package cn.gov.sed.inspection.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /api/v1/units/{id}/credit-repair (信用修复). */
public record CreditRepairRequest(@NotBlank @Size(max = 2000) String reason,
                                  @NotBlank @Size(max = 100) String decisionNumber) {
}
