package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.hazard.HazardScope;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Reading measures, always within the caller's scope ({@link HazardScope#measures}, part of the query). */
@ApplicationScoped
public class MeasureQueries {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "dueDate", "dueDate",
            "title", "title", "status", "status");

    @Inject
    Caller caller;

    @Transactional
    public MeasureView get(UUID id) {
        return MeasureView.of(inScope(id));
    }

    @Transactional
    public PageResponse<MeasureView> list(MeasureFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, SORTABLE, "-createdAt");
        Where where = filter.toWhere(caller);
        return PageResponse.of(Measure.find(where.hql(), request.sort(), where.hqlParams()), request, MeasureView::of);
    }

    /** The measure when the caller may see it; 404 otherwise (never reveal that it exists). */
    @Transactional
    public Measure inScope(UUID id) {
        Where where = HazardScope.measures(caller, new Where().eq("id", id));
        Measure m = Measure.find(where.hql(), where.hqlParams()).firstResult();
        if (m == null) {
            throw ProblemException.notFound("measure");
        }
        return m;
    }
}
