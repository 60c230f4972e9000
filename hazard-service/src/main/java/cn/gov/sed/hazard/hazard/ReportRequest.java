package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A hazard reported by an industry authority or a district bureau (部门移交), awaiting classification.
 * Bean Validation bounds the sizes (v1.1 limits); {@link ReportCheck} checks presence, codes and dates, naming
 * every broken field at once, for this body and for each row of an import alike.
 */
@Schema(name = "HazardReport", description = "a hazard reported by a department or district bureau (部门移交)")
public record ReportRequest(
        @Schema(description = "district code (所属区)", examples = "120103", required = true)
        @Size(max = Limits.NAME) String district,
        @Schema(description = "统一社会信用代码 of the unit", examples = "91120101MA05K3XQ1F", required = true)
        @Size(max = Limits.NAME) String unitUscc,
        @Schema(description = "单位名称", examples = "天津市某某电梯有限公司", required = true) @Size(max = Limits.NAME) String unitName,
        @Schema(description = "equipment category code (设备类别)", examples = "3110", required = true)
        @Size(max = Limits.NAME) String equipmentCategory,
        @Schema(description = "设备代码: 18 characters, or a 20-digit legacy registration code", examples = "311012345202600001")
        @Size(max = Limits.NAME) String equipmentCode,
        @Schema(description = "隐患描述", examples = "曳引机制动器闸瓦磨损超标，制动力矩不足", required = true) @Size(max = Limits.TEXT) String description,
        @Schema(description = "when it was found, ISO-8601 with offset; not in the future", examples = "2026-11-28T09:30:00+08:00", required = true) OffsetDateTime foundAt) {
}
