package cn.gov.sed.inspection.inspection;

import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** Loading inspections for the use cases: within the caller's scope (404 outside it), If-Match honoured for changes. */
@ApplicationScoped
public class InspectionAccess {
    @Inject
    InspectionScope scope;
    @Inject
    Caller caller;
    @Inject
    Preconditions preconditions;

    /** Owner type of inspection photos in the file store. */
    public static final String PHOTO_OWNER = "inspection";

    InspectionView view(Inspection inspection) {
        return InspectionView.of(inspection, Unit.findById(inspection.unitId), findingsOf(inspection.id));
    }

    static List<Finding> findingsOf(UUID inspectionId) {
        return Finding.list("inspectionId", Sort.ascending("foundAt").and("id"), inspectionId);
    }

    /** The inspection when the caller may see it (a unit: its own, once started); 404 otherwise. */
    Inspection findVisible(UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null || !scope.canSee(inspection.district, inspection.unitId)
                || (caller.isUnit() && !InspectionStatus.SHOWN_TO_UNITS.contains(inspection.status))) {
            throw ProblemException.notFound("inspection");
        }
        return inspection;
    }

    /** An inspection the caller may act on; If-Match honoured. */
    Inspection changeable(UUID id) {
        Inspection inspection = findVisible(id);
        scope.requireWritable(inspection.district);
        preconditions.checkIfMatch(inspection.version);
        return inspection;
    }
}
