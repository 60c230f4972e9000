package cn.gov.sed.task.battlemap;

import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationVerified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Keeps {@link HazardTally} up to date from hazard-events (inside the consumer's transaction). */
@ApplicationScoped
public class HazardTallies {
    @Inject
    Clock clock;

    @Transactional
    public void registered(HazardRegistered e) {
        HazardTally.registered(e, clock.instant()).persist();
    }

    @Transactional
    public void planned(RectificationPlanned e) {
        find(e.hazardId()).ifPresent(t -> t.planned(clock.instant()));
    }

    @Transactional
    public void verified(RectificationVerified e) {
        find(e.hazardId()).ifPresent(t -> t.verified(clock.instant()));
    }

    @Transactional
    public void overdue(HazardOverdue e) {
        find(e.hazardId()).ifPresent(t -> t.overdue(clock.instant()));
    }

    /** A hazard registered before this service listened is not on the map. */
    private static Optional<HazardTally> find(UUID hazardId) {
        return HazardTally.findByIdOptional(hazardId);
    }
}
