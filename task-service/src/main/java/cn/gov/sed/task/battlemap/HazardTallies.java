package cn.gov.sed.task.battlemap;

import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Keeps {@link HazardTally} up to date from hazard-events (inside the consumer's transaction). */
@ApplicationScoped
public class HazardTallies {
    @Inject
    Clock clock;

    @Transactional
    public void registered(HazardRegistered e) {
        HazardTally tally = HazardTally.findById(e.hazardId());
        if (tally == null) {
            tally = new HazardTally();
            tally.hazardId = e.hazardId();
        }
        tally.district = e.district();
        tally.severity = e.severity().name();
        tally.listed = e.severity() != Severity.MINOR && e.status() != HazardStatus.RECORDED
                && e.status() != HazardStatus.REMOVED;
        tally.updatedAt = clock.instant();
        tally.persist();
    }

    /** A (new) plan brings a deadline in the future: the hazard is not overdue any more. */
    @Transactional
    public void planned(RectificationPlanned e) {
        update(e.hazardId(), t -> t.overdue = false);
    }

    @Transactional
    public void verified(RectificationVerified e) {
        update(e.hazardId(), t -> {
            t.verified = true;
            t.overdue = false;
        });
    }

    @Transactional
    public void overdue(HazardOverdue e) {
        update(e.hazardId(), t -> t.overdue = !t.verified);
    }

    private void update(UUID hazardId, java.util.function.Consumer<HazardTally> change) {
        HazardTally tally = HazardTally.findById(hazardId);
        if (tally != null) { // a hazard registered before this service listened is not on the map
            change.accept(tally);
            tally.updatedAt = clock.instant();
        }
    }
}
