package cn.gov.sed.inspection.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** The body of POST /api/v1/inspections/{id}/start. */
public record StartRequest(@NotNull OffsetDateTime startedAt, @Size(max = 500) String location) {
}
