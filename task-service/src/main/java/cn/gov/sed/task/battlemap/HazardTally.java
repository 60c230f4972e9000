package cn.gov.sed.task.battlemap;

import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * What the battle map knows about one hazard, kept from hazard-events. One row per hazard (not counters), so a
 * replay or the three overdue warnings of one hazard never count twice.
 */
@Entity
@Table(name = "hazard_tally")
public class HazardTally extends PanacheEntityBase {
    @Id
    @Column(name = "hazard_id")
    public UUID hazardId;

    @Column(name = "district", nullable = false)
    public String district;

    @Column(name = "severity", nullable = false)
    public String severity;

    /** In the problem-and-hazard list (general or major, not removed). */
    @Column(name = "listed", nullable = false)
    public boolean listed;

    /** Closed (销号) after a passed re-inspection. */
    @Column(name = "verified", nullable = false)
    public boolean verified;

    @Column(name = "overdue", nullable = false)
    public boolean overdue;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For JPA; a tally starts with {@link #registered}. */
    protected HazardTally() {
    }

    /** The tally of a registered hazard: a new one, or the hazard's own registered again (a replay). */
    public static HazardTally registered(HazardRegistered e, Instant now) {
        HazardTally tally = HazardTally.<HazardTally>findByIdOptional(e.hazardId()).orElseGet(HazardTally::new);
        tally.register(e, now);
        return tally;
    }

    /** The hazard as registered: its district, severity and whether it is listed. */
    private void register(HazardRegistered e, Instant now) {
        hazardId = e.hazardId();
        district = e.district();
        severity = e.severity().name();
        listed = e.severity() != Severity.MINOR && e.status() != HazardStatus.RECORDED
                && e.status() != HazardStatus.REMOVED;
        updatedAt = now;
    }

    /** A (new) plan brings a deadline in the future: the hazard is not overdue any more. */
    public void planned(Instant now) {
        overdue = false;
        updatedAt = now;
    }

    /** Rectified and verified (销号): never overdue again. */
    public void verified(Instant now) {
        verified = true;
        overdue = false;
        updatedAt = now;
    }

    /** Past its deadline, unless already verified. */
    public void overdue(Instant now) {
        overdue = !verified;
        updatedAt = now;
    }
}
