package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The five-point plan as sent. Bean Validation bounds the sizes (v1.1 limits) before anything is read;
 * {@link FivePointPlan} checks the plan as a whole so every missing point is named at once.
 */
public record PlanRequest(
        @Schema(description = "整改责任人", examples = "张三", required = true) @Size(max = Limits.NAME) String responsiblePerson,
        @Schema(description = "整改措施", examples = "更换曳引机制动器闸瓦，调整制动间隙，由维保单位进行制动试验", required = true) @Size(max = Limits.TEXT) String measures,
        @Schema(description = "整改资金, a non-negative CNY decimal string", examples = "20000.00", required = true)
        @Size(max = Limits.NAME) String funds,
        @Schema(description = "整改时限, not before today (Asia/Shanghai)", examples = "2027-01-15", required = true) LocalDate deadline,
        @Schema(description = "应急预案", examples = "整改期间停用该电梯，设置警示标志，安排专人值守", required = true) @Size(max = Limits.TEXT) String contingencyPlan) {
}
