package cn.gov.sed.inspection.equipment;

import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.UniqueKeys;
import cn.gov.sed.inspection.unit.FindingUnits;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Changing a piece of equipment (PUT), possibly to another unit the caller may write. */
@ApplicationScoped
public class RevisingEquipment {
    @Inject
    FindingEquipment equipment;
    @Inject
    FindingUnits units;
    @Inject
    InspectionScope scope;
    @Inject
    Preconditions preconditions;
    @Inject
    Clock clock;

    @Transactional
    public EquipmentView revise(UUID id, EquipmentRequest request) {
        Equipment revised = equipment.findVisible(id);
        scope.requireWritable(revised.district);
        preconditions.checkIfMatch(revised.version);
        Unit unit = units.referenced("unitId", request.unitId());
        scope.requireWritable(unit.district);
        String code = EquipmentRequests.check(request);
        if (Equipment.count("equipmentCode = ?1 and id <> ?2", code, id) > 0) {
            throw ProblemException.duplicate(EquipmentRequests.taken(code));
        }
        revised.revise(unit, request, clock.instant());
        // a concurrent registration of the same code is a duplicate; the flush also gives the view the new version
        UniqueKeys.flush(EquipmentRequests.CODE_KEY, EquipmentRequests.taken(code));
        return EquipmentView.of(revised);
    }
}
