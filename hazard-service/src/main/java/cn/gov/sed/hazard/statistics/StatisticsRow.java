package cn.gov.sed.hazard.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group of the hazard statistics. */
@Schema(name = "HazardStatisticsGroup", description = "one group of the hazard statistics")
public record StatisticsRow(
        @Schema(nullable = true, description = "the code or enum value grouped by; null for hazards without one") String key,
        @Schema(description = "its Chinese label (未填写 when the key is null)") String label,
        long total,
        @Schema(description = "general and major hazards not removed") long listed,
        @Schema(description = "listed hazards closed by a passed re-inspection") long verified,
        long overdue,
        @Schema(nullable = true, description = "verified ÷ listed, 0–1; null when nothing is listed", minimum = "0", maximum = "1") Double rectificationRate,
        @Schema(nullable = true, description = "mean days from found to verified, one decimal; null when none is closed") Double meanDaysToClose) {
}
