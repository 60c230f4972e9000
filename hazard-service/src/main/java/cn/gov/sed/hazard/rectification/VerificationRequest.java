package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The re-inspection (跟踪复查) as sent by the district's inspector. */
public record VerificationRequest(
        @Schema(description = "PASSED 复查合格 closes the hazard (销号); FAILED 复查不合格 sends it back", required = true)
        VerificationResult result,
        @Schema(description = "name of the inspector who re-inspected", required = true) @Size(max = Limits.NAME) String inspector,
        @Schema(description = "required when FAILED") @Size(max = Limits.TEXT) String comment,
        @Schema(required = true) OffsetDateTime verifiedAt) {
}
