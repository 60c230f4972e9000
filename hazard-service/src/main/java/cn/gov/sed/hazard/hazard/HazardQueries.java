package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.paging.CursorPageParams;
import cn.gov.sed.platform.paging.KeysetPages;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Reading hazards, always within the caller's scope (the scope is part of the query). */
@ApplicationScoped
public class HazardQueries {
    private static final Map<String, String> SORTABLE = Map.of(
            "foundAt", "foundAt", "deadline", "deadline", "createdAt", "createdAt", "district", "district",
            "severity", "severity", "status", "status", "unitName", "unitName");

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    KeysetPages pages;

    /**
     * Full hazards, the nested records read typed from their jsonb columns; read-only: no snapshots kept. No
     * transaction, as for {@link #get}: the page's SELECT (and, when not remembered, its count) run in autocommit; a
     * count beside a page was never a snapshot of the same instant anyway (an estimate past 10,000 rows).
     */
    public PageResponse<HazardView> list(HazardFilter filter, CursorPageParams page) {
        PageRequest request = PageRequest.keyset(page, SORTABLE, "-foundAt");
        LocalDate today = Zones.today(clock);
        return pages.page(Hazard.class, filter.toWhere(caller, today), request,
                (where, sort) -> Hazard.<Hazard>find(where.hql(), sort, where.hqlParams())
                        .withHint(HibernateHints.HINT_READ_ONLY, true),
                h -> HazardView.of(h, today));
    }

    /** The same page as {@link #list}, each hazard as a summary (view=summary): a projection, no nested records. */
    public PageResponse<HazardSummary> listSummaries(HazardFilter filter, CursorPageParams page) {
        PageRequest request = PageRequest.keyset(page, SORTABLE, "-foundAt");
        LocalDate today = Zones.today(clock);
        return pages.page(Hazard.class, filter.toWhere(caller, today), request,
                (where, sort) -> Hazard.find(where.hql(), sort, where.hqlParams()).project(HazardSummaryRow.class),
                row -> HazardSummary.of(row, today));
    }

    /**
     * One read, no transaction: a single SELECT runs in autocommit, so neither a JTA transaction is begun and
     * ended nor a COMMIT sent per read (the profile of a warm read showed them beside the row's JSON).
     */
    public HazardView get(UUID id) {
        Where where = HazardScope.apply(caller, new Where().eq("id", id));
        Hazard h = Hazard.<Hazard>find(where.hql(), where.hqlParams()).withHint(HibernateHints.HINT_READ_ONLY, true)
                .firstResult();
        if (h == null) {
            throw ProblemException.notFound("hazard");
        }
        return HazardView.of(h, Zones.today(clock));
    }


    /** The hazard when the caller may see it; 404 otherwise (never reveal that it exists). */
    @Transactional
    public Hazard inScope(UUID id) {
        Where where = HazardScope.apply(caller, new Where().eq("id", id));
        Hazard h = Hazard.find(where.hql(), where.hqlParams()).firstResult();
        if (h == null) {
            throw ProblemException.notFound("hazard");
        }
        return h;
    }
}
