package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.hazard.hazard.HazardRules;
import cn.gov.sed.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The statistics and common issues counted over the hazard table itself: the definition the maintained rollups
 * must equal. {@link StatisticsService} asks here only for a period given to the second (a date-time that is not
 * a Shanghai midnight), which the day-grained rollups cannot cut; the rollup test compares the two row for row.
 */
@ApplicationScoped
public class StatisticsRecount {
    private static final List<String> OPEN = HazardRules.OPEN.stream().map(Enum::name).toList();

    @Inject
    EntityManager em;

    /** One row per group of the hazards in {@code where} (scope and filters). */
    public List<StatisticsRow> statistics(GroupBy group, Where where, LocalDate today) {
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
        return rows.stream().map(r -> StatisticsRow.of(group, (String) r[0], count(r[1]), count(r[2]), count(r[3]),
                count(r[4]), (Number) r[5])).toList();
    }

    /** Checklist items ranked by the number of distinct units where they were found. */
    public List<CommonIssue> commonIssues(int top, Where where) {
        String sql = "SELECT checklist_item_code, count(DISTINCT unit_uscc) AS units, count(*) AS hazards,"
                + " count(*) FILTER (WHERE status IN (:open)) FROM hazard"
                + " WHERE checklist_item_code IS NOT NULL AND status NOT IN (:excluded) AND " + where.sql()
                + " GROUP BY checklist_item_code ORDER BY units DESC, hazards DESC, checklist_item_code LIMIT :top";
        Query query = em.createNativeQuery(sql).setParameter("open", OPEN)
                .setParameter("excluded", List.of(HazardStatus.REMOVED.name())).setParameter("top", top);
        bind(query, where);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> CommonIssue.of((String) r[0], count(r[1]), count(r[2]), count(r[3]))).toList();
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }

    static void bind(Query query, Where where) {
        for (Map.Entry<String, Object> p : where.sqlParams().entrySet()) {
            query.setParameter(p.getKey(), p.getValue());
        }
    }
}
