package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Starting an inspection on site: PLANNED → IN_PROGRESS (no event: inspections are unannounced). */
@ApplicationScoped
public class StartingInspections {
    @Inject
    Outbox outbox;
    @Inject
    InspectionAccess access;

    @Transactional
    public InspectionView start(UUID id, StartRequest request) {
        Inspection inspection = access.changeable(id);
        inspection.start(request.startedAt().toInstant(), QueryParams.blankToNull(request.location()))
                .forEach(outbox::record);
        Inspection.getEntityManager().flush();
        return access.view(inspection);
    }
}
