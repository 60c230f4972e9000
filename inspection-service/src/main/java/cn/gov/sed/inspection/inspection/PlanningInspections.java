package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.inspection.unit.FindingUnits;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

/** Planning an inspection (监督检查) of a unit: PLANNED, with its running document number. */
@ApplicationScoped
public class PlanningInspections {
    @Inject
    FindingUnits units;
    @Inject
    InspectionScope scope;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    InspectionAccess access;

    @Transactional
    public InspectionView plan(InspectionRequest request) {
        ValidationException.Builder errors = ValidationException.builder();
        References.district(errors, "district", request.district());
        List<String> departments = request.departments() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.departments().stream().map(String::strip).toList()));
        for (int i = 0; i < departments.size(); i++) {
            References.department(errors, "departments[" + i + "]", departments.get(i));
        }
        errors.check(request.method() != InspectionMethod.JOINT || !departments.isEmpty(), "departments",
                "a JOINT inspection needs at least one department");
        errors.throwIfAny();
        scope.requireWritable(request.district()); // the city may inspect any district (covert checks)
        Unit unit = units.referenced("unitId", request.unitId());
        if (!unit.district.equals(request.district())) {
            throw ValidationException.of("unitId", "the unit is not in district " + request.district());
        }
        long number = ((Number) Inspection.getEntityManager()
                .createNativeQuery("SELECT nextval('inspection_number_seq')").getSingleResult()).longValue();
        Inspection inspection = Inspection.plan(number, request.district(), unit.id, request.method(),
                request.plannedAt().toInstant(), request.inspectors().stream()
                        .map(p -> new InspectorEntry(p.name().strip(), p.certificateNo().strip())).toList(),
                departments, caller.sub(), clock.instant());
        inspection.persist();
        return access.view(inspection);
    }
}
