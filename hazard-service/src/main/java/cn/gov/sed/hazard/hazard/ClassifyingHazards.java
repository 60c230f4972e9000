package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.RectificationTimeLimit;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.UUID;

/** Classifying hazards (甄别): a reported item is a special-equipment hazard (registered) or removed (剔除). */
@ApplicationScoped
public class ClassifyingHazards {
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    Caller caller;
    @Inject
    Preconditions preconditions;
    @Inject
    HazardQueries queries;

    /** Configurable; by default the contracts' one number of days (RectificationTimeLimit). */
    @ConfigProperty(name = "sed.hazard.default-deadline-days", defaultValue = "" + RectificationTimeLimit.DAYS)
    int defaultDeadlineDays;

    /** A special-equipment hazard is registered by its severity; anything else is removed with the reason. */
    @Transactional
    public HazardView classify(UUID id, ClassificationRequest r) {
        Hazard h = queries.inScope(id);
        ClassificationCheck.check(r);
        h.requireAllowed(HazardRules.Action.CLASSIFY);
        preconditions.checkIfMatch(h.version);
        h.classify(r, caller.sub(), clock.instant(), Zones.today(clock), defaultDeadlineDays).forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }
}
