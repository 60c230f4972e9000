package cn.gov.sed.hazard.overdue;

import cn.gov.sed.contracts.vocabulary.OverdueLevel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The escalation ladder of an overdue hazard (逾期升级), in whole days of Asia/Shanghai after the deadline:
 * DAY_0 as soon as the deadline has passed (the day after it: the unit is told), DAY_3 three days after the
 * deadline (the district bureau), DAY_7 seven days after it (the city).
 */
public final class OverdueRules {
    private OverdueRules() {
    }

    /** Days past the deadline: 1 on the day after it; 0 or less while it has not passed. */
    public static long daysPast(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(deadline, today);
    }

    /** Every level reached by today, lowest first (a scan that missed days still announces each level once). */
    public static List<OverdueLevel> levelsReached(LocalDate deadline, LocalDate today) {
        long days = daysPast(deadline, today);
        List<OverdueLevel> levels = new ArrayList<>();
        if (days >= 1) {
            levels.add(OverdueLevel.DAY_0);
        }
        if (days >= 3) {
            levels.add(OverdueLevel.DAY_3);
        }
        if (days >= 7) {
            levels.add(OverdueLevel.DAY_7);
        }
        return levels;
    }
}
