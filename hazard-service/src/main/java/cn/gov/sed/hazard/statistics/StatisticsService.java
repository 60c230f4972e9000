package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.hazard.hazard.HazardRules;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 隐患分析: counts per group and the common issues, read from the rollups that triggers on {@code hazard} keep in
 * the same transaction as every write (migration V4): a few dozen rows per group and district however many
 * hazards there are (the city is a district of its own, '*'). The rollups hold whole months of found days: the ragged ends of
 * a period (it starts or ends within a month) are counted from the hazards found on those days. "Overdue" depends on the day of the read: open hazards are kept
 * per deadline month, summed here for the months before today's, and today's month up to yesterday is counted
 * from the open hazards themselves (a month of deadlines at most). The definition is {@link StatisticsRecount} (the count over the hazards), which also answers a period
 * cut within a day.
 */
@ApplicationScoped
public class StatisticsService {
    /** The rollups' district of the whole city. */
    private static final String CITY = "*";
    private static final List<String> OPEN = HazardRules.OPEN.stream().map(Enum::name).toList();

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
        // groupBy=district sums each district's 'status' rows: every hazard has exactly one status
        String dimension = group == GroupBy.DISTRICT ? GroupBy.STATUS.apiName() : group.apiName();
        String key = group == GroupBy.DISTRICT ? "district" : "key";
        // the rollups hold the city as district '*'; the hazards' own district is never '*'
        String inDistrict = CITY.equals(district) ? "" : " AND district = :district";
        // the city's groupBy=district reads the districts' rows, any other read the rows of its district or '*'
        String rollupDistrict = CITY.equals(district) && group == GroupBy.DISTRICT ? " AND district <> '*'"
                : " AND district = :district";
        params.put("dimension", dimension);
        params.put("district", district);
        params.put("today", today);
        params.put("todayMonth", today.withDayOfMonth(1));
        params.put("open", OPEN);
        List<String> parts = new ArrayList<>();
        if (period.hasMonths()) {
            String months = period.monthsCondition("found_month", params);
            parts.add("SELECT " + key + " AS key, total, listed, verified, 0 AS overdue, closed, closed_days"
                    + " FROM hazard_tally WHERE dimension = :dimension" + rollupDistrict + " AND " + months);
            // overdue = open with a deadline before today: the deadline months before this one from the rollup …
            parts.add("SELECT " + key + ", 0, 0, 0, open, 0, 0 FROM hazard_open_tally"
                    + " WHERE dimension = :dimension" + rollupDistrict + " AND " + months
                    + " AND deadline_month < :todayMonth");
            // … and this month's deadlines before today from the open hazards (index hazard_open_deadline alone)
            parts.add("SELECT " + group.column() + ", 0, 0, 0, count(*), 0, 0 FROM hazard"
                    + " WHERE status IN (:open) AND deadline >= :todayMonth AND deadline < :today" + inDistrict
                    + " AND " + period.monthsFoundAt(params) + " GROUP BY 1");
        }
        String ragged = period.raggedCondition(params);
        if (ragged != null) {
            // the days outside the whole months, counted from the hazards found on them
            parts.add("SELECT " + group.column() + ", count(*), count(*) FILTER (WHERE listed),"
                    + " count(*) FILTER (WHERE listed AND status = 'VERIFIED'),"
                    + " count(*) FILTER (WHERE deadline < :today AND status IN (:open)),"
                    + " count(closed_at) FILTER (WHERE listed AND status = 'VERIFIED'),"
                    + " coalesce(sum(EXTRACT(EPOCH FROM (closed_at - found_at)) / 86400.0)"
                    + " FILTER (WHERE listed AND status = 'VERIFIED'), 0)"
                    + " FROM hazard WHERE " + ragged + inDistrict + " GROUP BY 1");
        }
        String sql = "SELECT key, sum(total), sum(listed), sum(verified), sum(overdue),"
                + " sum(closed_days) / nullif(sum(closed), 0) FROM (" + String.join(" UNION ALL ", parts)
                + ") g (key, total, listed, verified, overdue, closed, closed_days)"
                + " GROUP BY key HAVING sum(total) > 0 ORDER BY key NULLS LAST";
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
            sql = "SELECT checklist_item_code, units, hazards, open FROM hazard_issue"
                    + " WHERE district = :district AND hazards > 0"; // rows brought to zero stay
        } else {
            // a period: distinct units cannot be added up, so they are counted from the per-unit-and-day rows
            String inDistrict = CITY.equals(district) ? "" : " AND district = :district";
            if (!inDistrict.isEmpty()) {
                params.put("district", district);
            }
            sql = "SELECT checklist_item_code, count(DISTINCT unit_uscc) FILTER (WHERE hazards > 0) AS units,"
                    + " sum(hazards) AS hazards, sum(open) AS open FROM hazard_issue_day WHERE "
                    + period.dayCondition("found_day", params) + inDistrict
                    + " GROUP BY checklist_item_code HAVING sum(hazards) > 0";
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
