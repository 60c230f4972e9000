package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.query.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statistics' period on the found day, as whole Asia/Shanghai days: {@code from} inclusive, {@code to}
 * exclusive, either open. The rollups hold whole months: {@link #monthsCondition} takes the whole months of the
 * period from them, {@link #raggedCondition} the days before the first whole month and after the last one, which
 * are counted from the hazards themselves (a month at most at each end).
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

    /** The first whole month of the period (null: open). */
    private LocalDate monthsFrom() {
        return from == null ? null : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    }

    /** The month after the last whole month of the period (null: open). */
    private LocalDate monthsTo() {
        return to == null ? null : to.withDayOfMonth(1);
    }

    /** Whether the period holds at least one whole month. */
    boolean hasMonths() {
        return monthsFrom() == null || monthsTo() == null || monthsFrom().isBefore(monthsTo());
    }

    /** The condition on a rollup's month column, for the whole months (when {@link #hasMonths}); binds into {@code params}. */
    String monthsCondition(String column, Map<String, Object> params) {
        return range(column, monthsFrom(), monthsTo(), "monthsFrom", "monthsTo", params);
    }

    /** The same whole months as a condition on hazard.found_at (an index range). */
    String monthsFoundAt(Map<String, Object> params) {
        return range("found_at", at(monthsFrom()), at(monthsTo()), "monthStartAt", "monthEndAt", params);
    }

    /**
     * The condition on hazard.found_at for the days of the period outside its whole months (the whole period when
     * it holds none), or null when there are none.
     */
    String raggedCondition(Map<String, Object> params) {
        if (!hasMonths()) {
            return range("found_at", at(from), at(to), "raggedFromAt", "raggedToAt", params);
        }
        List<String> parts = new ArrayList<>();
        if (from != null && from.isBefore(monthsFrom())) {
            parts.add(range("found_at", at(from), at(monthsFrom()), "headFromAt", "headToAt", params));
        }
        if (to != null && monthsTo().isBefore(to)) {
            parts.add(range("found_at", at(monthsTo()), at(to), "tailFromAt", "tailToAt", params));
        }
        return parts.isEmpty() ? null : "(" + String.join(" OR ", parts) + ")";
    }

    private static String range(String column, Object lower, Object upper, String lowerName, String upperName,
                                Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("TRUE");
        if (lower != null) {
            params.put(lowerName, lower);
            parts.add(column + " >= :" + lowerName);
        }
        if (upper != null) {
            params.put(upperName, upper);
            parts.add(column + " < :" + upperName);
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    /** The instant a Shanghai day starts. */
    private static OffsetDateTime at(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Zones.SHANGHAI).toOffsetDateTime();
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
