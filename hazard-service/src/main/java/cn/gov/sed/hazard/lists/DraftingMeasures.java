package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.hazard.HazardScope;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Drafting a measure into the institutional-measures list (制度措施清单): the city anywhere (a null district is
 * city-wide), a district bureau in its own district. The request is checked (400) before the district (403).
 */
@ApplicationScoped
public class DraftingMeasures {
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public MeasureView draft(MeasureRequest request) {
        MeasureCheck.check(request);
        HazardScope.requireMayKeepMeasure(caller, request.district());
        Measure m = Measure.draft(request, caller.sub(), clock.instant());
        m.persistAndFlush();
        return MeasureView.of(m);
    }
}
