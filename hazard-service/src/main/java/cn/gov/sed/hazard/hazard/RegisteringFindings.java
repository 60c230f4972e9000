package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.vocabulary.RectificationTimeLimit;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/** Registering findings: each finding of a completed inspection (HazardFound) becomes one hazard. */
@ApplicationScoped
public class RegisteringFindings {
    private static final String INSPECTION_SERVICE = "inspection-service";

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** Configurable; by default the contracts' one number of days (RectificationTimeLimit). */
    @ConfigProperty(name = "sed.hazard.default-deadline-days", defaultValue = "" + RectificationTimeLimit.DAYS)
    int defaultDeadlineDays;

    /**
     * LISTED when general or major, RECORDED when minor, with the time limit the instruction printed.
     * Runs in the consumer's transaction; a finding already registered (a replay under a new ce_id) does nothing.
     */
    @Transactional
    public void register(HazardFound e) {
        if (Hazard.byFindingId(e.findingId()) != null) {
            return;
        }
        Hazard h = Hazard.fromFinding(e, clock.instant());
        // no status before registration: the first history entry goes from null to LISTED or RECORDED
        h.registerFinding(e.rectifyBy(), INSPECTION_SERVICE, "registered from finding " + e.findingId(),
                clock.instant(), Zones.today(clock), defaultDeadlineDays).forEach(outbox::record);
        h.persist();
    }
}
