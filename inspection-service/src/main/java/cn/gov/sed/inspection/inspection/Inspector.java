package cn.gov.sed.inspection.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A law-enforcement officer of an inspection (执法人员) and the number of the certificate (执法证号), sent and answered. */
@Schema(name = "Inspector", description = "a law-enforcement officer (执法人员) and the certificate number (执法证号)")
public record Inspector(
        @Schema(examples = "张三") @NotBlank @Size(max = 100) String name,
        @Schema(description = "执法证号", examples = "津执12010100001") @NotBlank @Size(max = 100) String certificateNo) {
}
