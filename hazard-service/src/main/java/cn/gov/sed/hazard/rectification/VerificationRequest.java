package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The re-inspection (跟踪复查) as sent by the district's inspector. */
public record VerificationRequest(
        @Schema(description = "PASSED 复查合格 closes the hazard (销号); FAILED 复查不合格 sends it back", examples = "PASSED", required = true)
        VerificationResult result,
        @Schema(description = "name of the inspector who re-inspected", examples = "王五", required = true) @Size(max = Limits.NAME) String inspector,
        @Schema(description = "required when FAILED", examples = "制动器闸瓦已更换，制动试验合格") @Size(max = Limits.TEXT) String comment,
        @Schema(description = "when the re-inspection took place", examples = "2026-11-30T10:00:00+08:00", required = true) OffsetDateTime verifiedAt) {
}
