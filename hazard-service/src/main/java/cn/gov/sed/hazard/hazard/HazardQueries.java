package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    @Transactional
    public PageResponse<HazardView> list(HazardFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, SORTABLE, "-foundAt");
        LocalDate today = Zones.today(clock);
        Where where = filter.toWhere(caller, today);
        return PageResponse.of(Hazard.find(where.hql(), request.sort(), where.hqlParams()), request,
                (Hazard h) -> HazardView.of(h, today));
    }

    /** The same page as {@link #list}, each hazard as a summary (view=summary): no nested records are read. */
    @Transactional
    public PageResponse<HazardSummary> listSummaries(HazardFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, SORTABLE, "-foundAt");
        LocalDate today = Zones.today(clock);
        Where where = filter.toWhere(caller, today);
        return PageResponse.of(Hazard.find(where.hql(), request.sort(), where.hqlParams()), request,
                (Hazard h) -> HazardSummary.of(h, today));
    }

    @Transactional
    public HazardView get(UUID id) {
        return HazardView.of(inScope(id), Zones.today(clock));
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
