package cn.gov.sed.hazard.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group of the hazard statistics. */
public record StatisticsRow(
        @Schema(description = "the code or enum value grouped by; null for hazards without one") String key,
        @Schema(description = "its Chinese label") String label,
        long total,
        @Schema(description = "general and major hazards not removed") long listed,
        @Schema(description = "listed hazards closed by a passed re-inspection") long verified,
        long overdue,
        @Schema(description = "verified ÷ listed, 0–1; null when nothing is listed") Double rectificationRate,
        @Schema(description = "mean days from found to verified, one decimal; null when none is closed") Double meanDaysToClose) {
}
