package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The rectification report as sent: what was done, when, and the evidence (attachments of this hazard). */
public record ReportSubmission(
        @Schema(required = true) @Size(max = Limits.TEXT) String description,
        @Schema(required = true) OffsetDateTime completedAt,
        @Schema(description = "attachment ids of this hazard; at least one for a MAJOR hazard")
        @Size(max = Limits.IDS) List<@NotNull UUID> evidence) {
}
