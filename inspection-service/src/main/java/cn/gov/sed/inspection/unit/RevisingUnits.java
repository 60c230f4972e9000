package cn.gov.sed.inspection.unit;

import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.UniqueKeys;
import cn.gov.sed.inspection.equipment.Equipment;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Changing a unit's particulars (PUT): within the caller's scope, to a district the caller may write. */
@ApplicationScoped
public class RevisingUnits {
    @Inject
    InspectionScope scope;
    @Inject
    FindingUnits units;
    @Inject
    Preconditions preconditions;
    @Inject
    Clock clock;

    @Transactional
    public UnitView revise(UUID id, UnitRequest request) {
        Unit unit = units.findVisible(id);
        scope.requireWritable(unit.district);
        preconditions.checkIfMatch(unit.version);
        String uscc = UnitRequests.check(request);
        scope.requireWritable(request.district());
        if (Unit.count("uscc = ?1 and id <> ?2", uscc, id) > 0) {
            throw ProblemException.duplicate(UnitRequests.taken(uscc));
        }
        if (!unit.district.equals(request.district())) {
            // equipment lies in its unit's district: it moves along
            Equipment.moveToDistrict(id, request.district());
        }
        unit.revise(request, clock.instant());
        // a concurrent change to the same uscc is a duplicate; the flush also gives the view the new version
        UniqueKeys.flush(UnitRequests.USCC_KEY, UnitRequests.taken(uscc));
        return units.view(unit);
    }
}
