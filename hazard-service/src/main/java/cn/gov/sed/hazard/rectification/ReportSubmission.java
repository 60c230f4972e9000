package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The rectification report as sent: what was done, when, and the evidence (attachments of this hazard). */
@Schema(name = "RectificationReportRequest", description = "the unit's report that the rectification is done")
public record ReportSubmission(
        @Schema(description = "what was done", examples = "已更换制动器闸瓦并调整制动间隙，维保单位制动试验合格", required = true)
        @Size(max = Limits.TEXT) String description,
        @Schema(description = "when the rectification was completed", examples = "2026-11-29T16:00:00+08:00", required = true)
        OffsetDateTime completedAt,
        @Schema(description = "attachment ids of this hazard; at least one for a MAJOR hazard")
        @Size(max = Limits.IDS) List<@NotNull UUID> evidence) {
}
