package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.hazard.hazard.HazardRules;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 隐患分析: counts per group and the common issues, aggregated by PostgreSQL (GROUP BY over indexed columns),
 * never by loading hazards, so they stay fast at a million rows.
 */
@ApplicationScoped
public class StatisticsService {
    private static final List<String> OPEN = HazardRules.OPEN.stream().map(Enum::name).toList();

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public List<StatisticsRow> statistics(String groupBy, HazardFilter filter) {
        GroupBy group = GroupBy.byApiName(groupBy == null ? "" : groupBy.trim()).orElseThrow(() ->
                ValidationException.of("groupBy", "must be one of " + Arrays.stream(GroupBy.values())
                        .map(GroupBy::apiName).collect(Collectors.joining(", "))));
        LocalDate today = Zones.today(clock);
        Where where = filter.toWhere(caller, today);
        String sql = "SELECT " + group.column() + " AS k, count(*),"
                + " count(*) FILTER (WHERE listed),"
                + " count(*) FILTER (WHERE listed AND status = 'VERIFIED'),"
                + " count(*) FILTER (WHERE deadline < :today AND status IN (:open)),"
                + " avg(EXTRACT(EPOCH FROM (closed_at - found_at)) / 86400.0) FILTER (WHERE listed AND status = 'VERIFIED')"
                + " FROM hazard WHERE " + where.sql()
                + " GROUP BY " + group.column() + " ORDER BY " + group.column() + " NULLS LAST";
        Query query = em.createNativeQuery(sql).setParameter("today", today).setParameter("open", OPEN);
        bind(query, where);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            String key = (String) r[0];
            long listed = ((Number) r[2]).longValue();
            long verified = ((Number) r[3]).longValue();
            Double rate = listed == 0 ? null : round((double) verified / listed, 4);
            Double mean = r[5] == null ? null : round(((Number) r[5]).doubleValue(), 1);
            return new StatisticsRow(key, group.label(key), ((Number) r[1]).longValue(), listed, verified,
                    ((Number) r[4]).longValue(), rate, mean);
        }).toList();
    }

    /** Checklist items ranked by the number of distinct units where they were found. */
    @Transactional
    public List<CommonIssue> commonIssues(int top, HazardFilter filter) {
        if (top < 1 || top > 100) {
            throw ValidationException.of("top", "must be between 1 and 100");
        }
        Where where = filter.toWhere(caller, Zones.today(clock));
        String sql = "SELECT checklist_item_code, count(DISTINCT unit_uscc) AS units, count(*) AS hazards,"
                + " count(*) FILTER (WHERE status IN (:open)) FROM hazard"
                + " WHERE checklist_item_code IS NOT NULL AND status NOT IN (:excluded) AND " + where.sql()
                + " GROUP BY checklist_item_code ORDER BY units DESC, hazards DESC, checklist_item_code LIMIT :top";
        Query query = em.createNativeQuery(sql).setParameter("open", OPEN)
                .setParameter("excluded", List.of(HazardStatus.REMOVED.name())).setParameter("top", top);
        bind(query, where);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CommonIssue((String) r[0], ReferenceData.get().checklist().find((String) r[0]).map(ChecklistEntry::contentZh).orElse(null),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    private static void bind(Query query, Where where) {
        for (Map.Entry<String, Object> p : where.sqlParams().entrySet()) {
            query.setParameter(p.getKey(), p.getValue());
        }
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
