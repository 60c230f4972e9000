package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The body of POST /api/v1/inspections/{id}/start. */
public record StartRequest(
        @Schema(examples = "2025-06-10T09:30:00+08:00") @NotNull OffsetDateTime startedAt,
        @Schema(description = "where the inspection takes place, if not the unit's address",
                examples = "天津市和平区南京路1号 3号楼电梯机房") @Size(max = Limits.NAME) String location) {
}
