package cn.gov.sed.hazard.rectification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The five-point plan as sent; checked as a whole by {@link FivePointPlan} so every missing point is named. */
public record PlanRequest(
        @Schema(description = "整改责任人", examples = "张三", required = true) String responsiblePerson,
        @Schema(description = "整改措施", required = true) String measures,
        @Schema(description = "整改资金, a non-negative CNY decimal string", examples = "20000.00", required = true) String funds,
        @Schema(description = "整改时限, not before today (Asia/Shanghai)", required = true) LocalDate deadline,
        @Schema(description = "应急预案", required = true) String contingencyPlan) {
}
