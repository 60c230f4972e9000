package cn.gov.sed.inspection.unit;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of POST and PUT /api/v1/units. */
public record UnitRequest(
        @Schema(description = "统一社会信用代码 (GB 32100), 18 characters; full-width and lower case are normalised",
                examples = "91120101MA05K3XQ1F")
        @NotBlank @Size(max = Limits.NAME) String uscc,
        @Schema(examples = "天津市和平区某某物业管理有限公司") @NotBlank @Size(max = Limits.NAME) String name,
        @Schema(description = "USER 使用单位, PRODUCER 生产单位, MAINTENANCE 维保单位")
        @NotEmpty @Size(max = 3, message = "at most the three types") List<@NotNull UnitType> types,
        @Schema(description = "district code of data/districts.csv", examples = "120101")
        @NotBlank @Size(max = Limits.NAME) String district,
        @Schema(description = "industry code of data/industries.csv", examples = "RESIDENTIAL_PROPERTY")
        @NotBlank @Size(max = Limits.NAME) String industry,
        @Schema(description = "地址", examples = "天津市和平区南京路1号") @Size(max = Limits.NAME) String address,
        @Schema(description = "联系人", examples = "张三") @Size(max = 100) String contactName,
        @Schema(description = "联系电话", examples = "022-23456789") @Size(max = 50) String contactPhone) {
}
