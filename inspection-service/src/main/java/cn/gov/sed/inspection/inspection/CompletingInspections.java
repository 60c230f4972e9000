package cn.gov.sed.inspection.inspection;

import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Completing an inspection: COMPLETED, and in the same transaction one HazardFound per finding and one
 * InspectionCompleted.
 */
@ApplicationScoped
public class CompletingInspections {
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    InspectionAccess access;

    /** COMPLETED, and in the same transaction one HazardFound per finding and one InspectionCompleted. */
    @Transactional
    public InspectionView complete(UUID id) {
        Inspection inspection = access.changeable(id);
        Unit unit = Unit.findById(inspection.unitId);
        List<Finding> findings = InspectionAccess.findingsOf(inspection.id);
        inspection.complete(clock.instant(), unit, findings).forEach(outbox::record);
        Inspection.getEntityManager().flush();
        return InspectionView.of(inspection, unit, findings);
    }
}
