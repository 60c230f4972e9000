package cn.gov.sed.task.task;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A new battle-map task. {@code dueDate} (optional) defaults to the last milestone's date. Every text and list has
 * the v1.1 limit ({@link Limits}), checked before anything is stored or published.
 */
public record TaskRequest(
        @Schema(description = "the campaign (专项行动)", examples = "特种设备安全专项整治三年行动")
        @Size(max = Limits.NAME) String campaign,
        @NotNull TaskPhase phase,
        @Schema(description = "district code; left out (null) for a city-wide task, which only the city plans", examples = "120103")
        @Size(max = Limits.NAME) String district,
        @Schema(description = "任务名称", examples = "河西区住宅小区老旧电梯集中攻坚")
        @NotBlank @Size(max = Limits.NAME) String title,
        @Schema(description = "工作目标", examples = "2027年6月底前老旧电梯重大隐患清零")
        @Size(max = Limits.TEXT) String goal,
        @Schema(description = "工作措施", examples = "逐台排查曳引机制动器和门锁装置，督促物业单位落实“五落实”整改")
        @Size(max = Limits.TEXT) String measures,
        @Schema(description = "lead department code (牵头部门)", examples = "MARKET_SUPERVISION")
        @Size(max = Limits.NAME) String leadDepartment,
        @Schema(description = "department codes (配合部门)", examples = "[\"HOUSING\", \"CITY_MANAGEMENT\"]")
        @Size(max = Limits.DEPARTMENTS) List<@Size(max = Limits.NAME) String> cooperatingDepartments,
        @Schema(description = "责任人", examples = "张三")
        @Size(max = Limits.NAME) String responsiblePerson,
        @Schema(description = "not in the past; left out: the last milestone's date", examples = "2027-06-30")
        LocalDate dueDate,
        @Schema(description = "the time nodes (时间节点), in order")
        @Valid @Size(max = Limits.MILESTONES) List<@NotNull MilestoneRequest> milestones) {

    public record MilestoneRequest(
            @Schema(description = "时间节点", examples = "完成全区老旧电梯排查") @NotBlank @Size(max = Limits.NAME) String title,
            @Schema(description = "not in the past", examples = "2027-03-31") @NotNull LocalDate dueDate) {
    }
}
