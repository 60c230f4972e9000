package cn.gov.sed.hazard.rectification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The rectification report as sent: what was done, when, and the evidence (attachments of this hazard). */
public record ReportSubmission(
        @Schema(required = true) String description,
        @Schema(required = true) OffsetDateTime completedAt,
        @Schema(description = "attachment ids of this hazard; at least one for a MAJOR hazard") List<UUID> evidence) {
}
