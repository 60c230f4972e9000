package cn.gov.sed.task.task;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A partial change of a task: fields left out (or null) stay as they are. The limits are those of a new task. */
@Schema(description = "a partial change: fields left out (or null) stay as they are. status DONE needs every milestone "
        + "done, and a DONE task changes no more (409)")
public record TaskPatch(
        TaskStatus status,
        TaskPhase phase,
        @Schema(description = "任务名称", examples = "河西区住宅小区老旧电梯集中攻坚")
        @Size(min = 1, max = Limits.NAME) String title,
        @Schema(description = "工作目标", examples = "2027年6月底前老旧电梯重大隐患清零")
        @Size(max = Limits.TEXT) String goal,
        @Schema(description = "工作措施", examples = "每周通报整改进度，逾期单位约谈")
        @Size(max = Limits.TEXT) String measures,
        @Schema(description = "lead department code (牵头部门); blank removes it", examples = "MARKET_SUPERVISION")
        @Size(max = Limits.NAME) String leadDepartment,
        @Schema(description = "department codes (配合部门); replaces the list", examples = "[\"HOUSING\"]")
        @Size(max = Limits.DEPARTMENTS) List<@Size(max = Limits.NAME) String> cooperatingDepartments,
        @Schema(description = "责任人; blank removes it", examples = "李四")
        @Size(max = Limits.NAME) String responsiblePerson,
        @Schema(examples = "2027-06-30") LocalDate dueDate) {
}
