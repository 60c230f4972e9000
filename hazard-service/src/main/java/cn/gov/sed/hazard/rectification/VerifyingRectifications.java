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

/** Verifying rectifications: the district's re-inspection (跟踪复查) closes the hazard (销号) or sends it back. */
@ApplicationScoped
public class VerifyingRectifications {
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

    /** PASSED closes the hazard (VERIFIED); FAILED sends it back to RECTIFYING and counts a round. */
    @Transactional
    public HazardView verify(UUID id, VerificationRequest r) {
        Hazard h = queries.inScope(id);
        h.requireAllowed(Action.VERIFY);
        VerificationCheck.check(r);
        preconditions.checkIfMatch(h.version);
        h.verify(r.result(), r.inspector().strip(), r.comment(), r.verifiedAt(), caller.sub(), clock.instant())
                .forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }
}
