package cn.gov.sed.inspection.equipment;

import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.UniqueKeys;
import cn.gov.sed.inspection.unit.FindingUnits;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** 设备登记: registering a piece of special equipment of a unit the caller may write, under a code not yet taken. */
@ApplicationScoped
public class RegisteringEquipment {
    @Inject
    FindingUnits units;
    @Inject
    InspectionScope scope;
    @Inject
    Clock clock;

    @Transactional
    public EquipmentView register(EquipmentRequest request) {
        Unit unit = units.referenced("unitId", request.unitId());
        scope.requireWritable(unit.district);
        String code = EquipmentRequests.check(request);
        if (Equipment.count("equipmentCode", code) > 0) {
            throw ProblemException.duplicate(EquipmentRequests.taken(code));
        }
        Equipment equipment = Equipment.register(unit, request, clock.instant());
        equipment.persist();
        // two registrations of one code at once: the UNIQUE constraint decides, the loser hears 409
        UniqueKeys.flush(EquipmentRequests.CODE_KEY, EquipmentRequests.taken(code));
        return EquipmentView.of(equipment);
    }
}
