package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.hazard.HazardScope;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Revising a measure (PUT replaces it whole): the city any measure, a district bureau those of its own district
 * (the city-wide ones are the city's). In this order: unknown or unseen 404, not the caller's to keep 403, a bad
 * request 400, a district named outside the caller's scope 403, a stale If-Match 412.
 */
@ApplicationScoped
public class RevisingMeasures {
    @Inject
    Caller caller;
    @Inject
    MeasureQueries queries;
    @Inject
    Preconditions preconditions;

    @Transactional
    public MeasureView revise(UUID id, MeasureRequest request) {
        Measure m = queries.inScope(id);
        HazardScope.requireMayKeepMeasure(caller, m.district);
        MeasureCheck.check(request);
        HazardScope.requireMayKeepMeasure(caller, request.district());
        preconditions.checkIfMatch(m.version);
        m.revise(request);
        m.persistAndFlush();
        return MeasureView.of(m);
    }
}
