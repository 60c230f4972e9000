package cn.gov.sed.hazard.overdue;

import cn.gov.sed.contracts.vocabulary.OverdueLevel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** The ladder: each level and the whole days past the deadline from which it is reached, lowest first. */
    private static final List<Map.Entry<OverdueLevel, Integer>> LADDER = List.of(
            Map.entry(OverdueLevel.DAY_0, 1), Map.entry(OverdueLevel.DAY_3, 3), Map.entry(OverdueLevel.DAY_7, 7));

    /** Every level reached by today, lowest first (a scan that missed days still announces each level once). */
    public static List<OverdueLevel> levelsReached(LocalDate deadline, LocalDate today) {
        long days = daysPast(deadline, today);
        List<OverdueLevel> levels = new ArrayList<>();
        for (Map.Entry<OverdueLevel, Integer> step : LADDER) {
            if (days >= step.getValue()) {
                levels.add(step.getKey());
            }
        }
        return levels;
    }

    /**
     * The same ladder as an SQL expression: how many levels {@code daysPast} (an SQL expression of whole days
     * past the deadline) has reached, so the scan's query picks hazards by this class's rule, not a copy of it.
     */
    public static String levelsReachedSql(String daysPast) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = LADDER.size() - 1; i >= 0; i--) {
            sql.append(" WHEN ").append(daysPast).append(" >= ").append(LADDER.get(i).getValue())
                    .append(" THEN ").append(i + 1);
        }
        return sql.append(" ELSE 0 END").toString();
    }
}
