package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 隐患分析: counts per group and the common issues, read from the rollups that triggers on {@code hazard} keep in
 * the same transaction as every write (migration V4): a few dozen rows per group however many hazards there
 * are. "Overdue" depends on the day of the read, so open hazards are kept per deadline and summed here for
 * today. The definition is {@link StatisticsRecount} (the count over the hazards), which also answers a period
 * cut within a day.
 */
@ApplicationScoped
public class StatisticsService {
    /** The rollups' district of the whole city. */
    private static final String CITY = "*";

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    StatisticsRecount recount;

    @Transactional
    public List<StatisticsRow> statistics(String groupBy, HazardFilter filter) {
        GroupBy group = GroupBy.byApiName(groupBy == null ? "" : groupBy.trim()).orElseThrow(() ->
                ValidationException.of("groupBy", "must be one of " + Arrays.stream(GroupBy.values())
                        .map(GroupBy::apiName).collect(Collectors.joining(", "))));
        LocalDate today = Zones.today(clock);
        Where where = filter.toWhere(caller, today); // 400 for a bad filter, 403 for a foreign district
        FoundPeriod period = FoundPeriod.of(filter.from, filter.to);
        if (period == null) {
            return recount.statistics(group, where, today);
        }
        String district = rollupDistrict(filter.district);
        if (district == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String found = period.rollupCondition(params);
        params.put("dimension", group.apiName());
        params.put("district", district);
        params.put("today", today);
        params.put("todayMonth", today.withDayOfMonth(1));
        String sql = "SELECT key, sum(total), sum(listed), sum(verified), sum(overdue),"
                + " sum(closed_days) / nullif(sum(closed), 0) FROM ("
                + " SELECT key, total, listed, verified, 0 AS overdue, closed, closed_days FROM hazard_tally"
                + " WHERE dimension = :dimension AND district = :district AND " + found
                + " UNION ALL"
                + " SELECT key, 0, 0, 0, open, 0, 0 FROM hazard_open_tally"
                + " WHERE dimension = :dimension AND district = :district AND " + found
                // overdue: a deadline before today, whole months before this one, then this month's days
                + " AND ((deadline_grain = 'M' AND deadline_period < :todayMonth)"
                + " OR (deadline_grain = 'D' AND deadline_period >= :todayMonth AND deadline_period < :today))"
                + ") g GROUP BY key HAVING sum(total) > 0 ORDER BY key NULLS LAST";
        List<Object[]> rows = rows(sql, params);
        return rows.stream().map(r -> StatisticsRow.of(group, (String) r[0], StatisticsRecount.count(r[1]),
                StatisticsRecount.count(r[2]), StatisticsRecount.count(r[3]), StatisticsRecount.count(r[4]),
                (Number) r[5])).toList();
    }

    /** Checklist items ranked by the number of distinct units where they were found. */
    @Transactional
    public List<CommonIssue> commonIssues(int top, HazardFilter filter) {
        if (top < 1 || top > 100) {
            throw ValidationException.of("top", "must be between 1 and 100");
        }
        Where where = filter.toWhere(caller, Zones.today(clock));
        FoundPeriod period = FoundPeriod.of(filter.from, filter.to);
        if (period == null) {
            return recount.commonIssues(top, where);
        }
        String district = rollupDistrict(filter.district);
        if (district == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("top", top);
        String sql;
        if (period.isOpen()) {
            // all time: one maintained row per item
            params.put("district", district);
            sql = "SELECT checklist_item_code, units, hazards, open FROM hazard_issue WHERE district = :district";
        } else {
            // a period: distinct units cannot be added up, so they are counted from the per-unit-and-day rows
            String inDistrict = CITY.equals(district) ? "" : " AND district = :district";
            if (!inDistrict.isEmpty()) {
                params.put("district", district);
            }
            sql = "SELECT checklist_item_code, count(DISTINCT unit_uscc) AS units, sum(hazards) AS hazards,"
                    + " sum(open) AS open FROM hazard_issue_day WHERE " + period.dayCondition("found_day", params)
                    + inDistrict + " GROUP BY checklist_item_code";
        }
        List<Object[]> rows = rows("SELECT * FROM (" + sql + ") i"
                + " ORDER BY units DESC, hazards DESC, checklist_item_code LIMIT :top", params);
        return rows.stream().map(r -> CommonIssue.of((String) r[0], StatisticsRecount.count(r[1]),
                StatisticsRecount.count(r[2]), StatisticsRecount.count(r[3]))).toList();
    }

    /**
     * The rollups' district the caller reads, as {@code HazardScope} scopes the roles allowed here: the city reads
     * the district it names or the whole city ({@code *}), a district role its own district (the filter may only
     * name that one); null when the caller sees nothing (a district role without its claim).
     */
    private String rollupDistrict(String filterDistrict) {
        String named = QueryParams.blankToNull(filterDistrict);
        if (caller.isCity()) {
            return named == null ? CITY : named;
        }
        return caller.isDistrictRole() ? caller.district() : null;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) { // a period binds only the bounds its condition uses
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }
}
