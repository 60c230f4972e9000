package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One transition of a hazard: when, who (the token's sub, or the producing service), from, to, why. */
public record HistoryEntry(
        OffsetDateTime at,
        @Schema(description = "who made the transition: the caller's token subject, or the producing service") String actor,
        @Schema(nullable = true, description = "the status before; null for the first entry (the hazard's creation)") HazardStatus from,
        HazardStatus to,
        @Schema(nullable = true, description = "why, when one was given (a classification's or re-inspection's comment)") String comment) {
}
