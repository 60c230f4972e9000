package cn.gov.sed.inspection.unit;

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
        @NotBlank String uscc,
        @Schema(examples = "天津市和平区某某物业管理有限公司") @NotBlank @Size(max = 200) String name,
        @Schema(description = "USER 使用单位, PRODUCER 生产单位, MAINTENANCE 维保单位")
        @NotEmpty List<@NotNull UnitType> types,
        @Schema(description = "district code of data/districts.csv", examples = "120101") @NotBlank String district,
        @Schema(description = "industry code of data/industries.csv", examples = "RESIDENTIAL_PROPERTY")
        @NotBlank String industry,
        @Size(max = 500) String address,
        @Size(max = 100) String contactName,
        @Size(max = 50) String contactPhone) {
}
