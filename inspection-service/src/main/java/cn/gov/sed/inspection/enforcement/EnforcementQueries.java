package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Reading enforcement actions in the caller's scope: one, or a page. */
@ApplicationScoped
public class EnforcementQueries {
    @Inject
    InspectionScope scope;

    @Transactional
    public EnforcementActionView get(UUID id) {
        EnforcementAction action = EnforcementAction.findById(id);
        if (action == null || !scope.canSee(action.district, action.unitId)) {
            throw ProblemException.notFound("enforcement action");
        }
        return EnforcementActionView.of(action);
    }

    @Transactional
    public PageResponse<EnforcementActionView> list(EnforcementFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("takenAt", "takenAt", "type", "type"), "-takenAt");
        if (filter.district != null) {
            References.requireKnownDistrict(filter.district);
            scope.requireDistrict(filter.district);
        }
        QueryParams q = new QueryParams();
        UUID unitId = q.uuid(filter.unitId, "unitId");
        EnforcementType type = q.enumOf(EnforcementType.class, filter.type, "type");
        Instant from = q.from(filter.from, "from");
        QueryParams.PeriodEnd to = q.atOrBefore(filter.to, "to");
        q.throwIfAny();
        Where where = scope.limit(new Where(), "district", "unitId")
                .eq("district", filter.district)
                .eq("unitId", unitId)
                .eq("type", type)
                .ge("takenAt", from)
                .atOrBefore("takenAt", to);
        return PageResponse.of(EnforcementAction.find(where.hql(), request.sort(), where.hqlParams()), request,
                EnforcementActionView::of);
    }
}
