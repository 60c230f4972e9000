package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.query.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statistics' period on the found day, as whole Asia/Shanghai days: {@code from} inclusive, {@code to}
 * exclusive, either open. The rollups hold months ('M') and days ('D'); {@link #rollupCondition} takes the whole
 * months of the period at the month grain and only its ragged ends at the day grain, so a read over years
 * touches a few dozen rows per group.
 */
record FoundPeriod(LocalDate from, LocalDate to) {

    /**
     * The period of the (already validated) filter, or null when a bound is a date-time that is not a Shanghai
     * midnight: a period cut within a day, which only the hazards themselves can answer.
     */
    static FoundPeriod of(String rawFrom, String rawTo) {
        QueryParams q = new QueryParams();
        Instant from = q.from(rawFrom, "from");
        Instant to = q.to(rawTo, "to");
        if (!isMidnight(from) || !isMidnight(to)) {
            return null;
        }
        return new FoundPeriod(day(from), day(to));
    }

    boolean isOpen() {
        return from == null && to == null;
    }

    /** The condition on a rollup's (grain, period) columns; binds its parameters into {@code params}. */
    String rollupCondition(Map<String, Object> params) {
        LocalDate monthsFrom = from == null ? null
                : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = to == null ? null : to.withDayOfMonth(1);
        if (from != null) {
            params.put("fromDay", from);
        }
        if (to != null) {
            params.put("toDay", to);
        }
        if (monthsFrom != null && monthsTo != null && !monthsFrom.isBefore(monthsTo)) {
            return "(grain = 'D' AND period >= :fromDay AND period < :toDay)"; // no whole month inside
        }
        List<String> parts = new ArrayList<>();
        parts.add("(grain = 'M'" + (monthsFrom == null ? "" : " AND period >= :monthsFrom")
                + (monthsTo == null ? "" : " AND period < :monthsTo") + ")");
        if (monthsFrom != null) {
            params.put("monthsFrom", monthsFrom);
            if (from.isBefore(monthsFrom)) {
                parts.add("(grain = 'D' AND period >= :fromDay AND period < :monthsFrom)");
            }
        }
        if (monthsTo != null) {
            params.put("monthsTo", monthsTo);
            if (monthsTo.isBefore(to)) {
                parts.add("(grain = 'D' AND period >= :monthsTo AND period < :toDay)");
            }
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** The condition on a day column; binds its parameters into {@code params}. */
    String dayCondition(String column, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("TRUE");
        if (from != null) {
            params.put("fromDay", from);
            parts.add(column + " >= :fromDay");
        }
        if (to != null) {
            params.put("toDay", to);
            parts.add(column + " < :toDay");
        }
        return String.join(" AND ", parts);
    }

    private static boolean isMidnight(Instant at) {
        return at == null || at.atZone(Zones.SHANGHAI).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(Zones.SHANGHAI).toLocalDate();
    }
}
