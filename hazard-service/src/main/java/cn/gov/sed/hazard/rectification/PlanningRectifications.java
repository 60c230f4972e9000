package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardQueries;
import cn.gov.sed.hazard.hazard.HazardRules.Action;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Planning rectifications: the five-point plan (五落实), set or revised. */
@ApplicationScoped
public class PlanningRectifications {
    @Inject
    HazardQueries queries;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    Preconditions preconditions;

    /** LISTED → RECTIFYING, or a revision while RECTIFYING (history kept). */
    @Transactional
    public HazardView plan(UUID id, PlanRequest request) {
        Hazard h = queries.inScope(id);
        h.requireAllowed(Action.PLAN);
        Plan plan = FivePointPlan.check(request, Zones.today(clock), Zones.now(clock), caller.sub());
        preconditions.checkIfMatch(h.version);
        h.planRectification(plan, caller.sub(), clock.instant()).forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }
}
