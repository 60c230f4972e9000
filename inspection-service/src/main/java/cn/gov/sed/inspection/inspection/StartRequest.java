package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** The body of POST /api/v1/inspections/{id}/start. */
public record StartRequest(@NotNull OffsetDateTime startedAt, @Size(max = Limits.NAME) String location) {
}
