package cn.gov.sed.hazard.rectification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** 跟踪复查 one re-inspection; {@code round} counts the re-inspections of the hazard (1, 2, ...). */
public record Verification(
        @Schema(description = "1 for the first re-inspection of the hazard, then 2, 3 …") int round,
        VerificationResult result,
        @Schema(description = "the inspector who re-inspected") String inspector,
        @Schema(nullable = true, description = "what was found; always given when FAILED, may be null when PASSED") String comment,
        OffsetDateTime verifiedAt,
        @Schema(description = "who recorded it (token subject)") String recordedBy) {
}
