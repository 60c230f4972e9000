package cn.gov.sed.hazard.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /** The row of a group from its counts; {@code meanDays} unrounded (null when none is closed). */
    static StatisticsRow of(GroupBy group, String key, long total, long listed, long verified, long overdue, Number meanDays) {
        Double rate = listed == 0 ? null : round((double) verified / listed, 4);
        Double mean = meanDays == null ? null : round(meanDays.doubleValue(), 1);
        return new StatisticsRow(key, group.label(key), total, listed, verified, overdue, rate, mean);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
