package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.EquipmentCategory;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.UniqueKeys;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.inspection.unit.UnitService;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.validation.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registering and keeping the special equipment of units (特种设备). */
@ApplicationScoped
public class EquipmentService {
    /** The UNIQUE constraint on equipment.equipment_code (V1__inspection_schema.sql). */
    private static final String CODE_KEY = "equipment_equipment_code_key";

    @Inject
    UnitService units;
    @Inject
    InspectionScope scope;
    @Inject
    Preconditions preconditions;
    @Inject
    Clock clock;

    @Transactional
    public EquipmentView register(EquipmentRequest request) {
        Unit unit = writableUnit(request.unitId());
        String code = checked(request);
        if (Equipment.count("equipmentCode", code) > 0) {
            throw ProblemException.duplicate("equipment " + code + " is already registered");
        }
        Equipment equipment = newEquipment();
        apply(equipment, unit, request, code);
        equipment.persist();
        UniqueKeys.flush(CODE_KEY, "equipment " + code + " is already registered");
        return EquipmentView.of(equipment);
    }

    @Transactional
    public EquipmentView update(UUID id, EquipmentRequest request) {
        Equipment equipment = findVisible(id);
        scope.requireWritable(equipment.district);
        preconditions.checkIfMatch(equipment.version);
        Unit unit = writableUnit(request.unitId());
        String code = checked(request);
        if (Equipment.count("equipmentCode = ?1 and id <> ?2", code, id) > 0) {
            throw ProblemException.duplicate("equipment " + code + " is already registered");
        }
        apply(equipment, unit, request, code);
        // a concurrent registration of the same code is a duplicate; the flush also gives the view the new version
        UniqueKeys.flush(CODE_KEY, "equipment " + code + " is already registered");
        return EquipmentView.of(equipment);
    }

    @Transactional
    public EquipmentView get(UUID id) {
        return EquipmentView.of(findVisible(id));
    }

    @Transactional
    public PageResponse<EquipmentView> list(EquipmentFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("equipmentCode", "equipmentCode", "category", "category",
                "nextInspectionDue", "nextInspectionDue", "createdAt", "createdAt"), "-createdAt");
        if (filter.district != null) {
            References.requireKnownDistrict(filter.district);
            scope.requireDistrict(filter.district);
        }
        List<String> categories = null;
        if (filter.category != null && !filter.category.isBlank()) {
            EquipmentCatalogue catalogue = ReferenceData.get().equipmentCatalogue();
            if (!catalogue.contains(filter.category)) {
                throw ValidationException.of("category", "unknown equipment category '" + filter.category + "'");
            }
            categories = catalogue.codes().all().stream().map(EquipmentCategory::code)
                    .filter(c -> catalogue.isWithin(c, filter.category)).toList();
        }
        QueryParams q = new QueryParams();
        Boolean overdue = q.bool(filter.inspectionOverdue, "inspectionOverdue");
        UUID unitId = q.uuid(filter.unitId, "unitId");
        UsageEnvironment usageEnvironment = q.enumOf(UsageEnvironment.class, filter.usageEnvironment,
                "usageEnvironment");
        EquipmentStatus status = q.enumOf(EquipmentStatus.class, filter.status, "status");
        q.throwIfAny();
        LocalDate today = Zones.today(clock);
        Where where = scope.limit(new Where(), "district", "unitId")
                .eq("unitId", unitId)
                .eq("district", filter.district)
                .in("category", categories)
                .eq("usageEnvironment", usageEnvironment)
                .eq("status", status);
        if (overdue != null) {
            where.raw(overdue ? "{nextInspectionDue} < ?"
                    : "({nextInspectionDue} is null or {nextInspectionDue} >= ?)", today);
        }
        return PageResponse.of(Equipment.find(where.hql(), request.sort(), where.hqlParams()), request,
                EquipmentView::of);
    }

    public Equipment findVisible(UUID id) {
        Equipment equipment = Equipment.findById(id);
        if (equipment == null || !scope.canSee(equipment.district, equipment.unitId)) {
            throw ProblemException.notFound("equipment");
        }
        return equipment;
    }

    /**
     * What is wrong with a request beyond its syntax, field by field (the import checks rows with it too).
     * Returns the violations; the normalised code is {@code EquipmentCodeRule.normalise(request.equipmentCode())}.
     */
    public static List<Violation> problems(EquipmentRequest request) {
        List<Violation> problems = new ArrayList<>();
        EquipmentCatalogue catalogue = ReferenceData.get().equipmentCatalogue();
        String category = QueryParams.blankToNull(request.category());
        if (category == null) {
            problems.add(new Violation("category", "is required"));
        } else if (!catalogue.contains(category)) {
            problems.add(new Violation("category", "unknown equipment category '" + category + "'"));
        } else if (!catalogue.isRegistrableLeaf(category)) {
            problems.add(new Violation("category", "'" + category + "' is not a leaf of a registrable kind"
                    + " (1000–6000, 8000, 9000)"));
            category = null;
        }
        EquipmentCodeRule.Check code = EquipmentCodeRule.check(EquipmentCodeRule.normalise(request.equipmentCode()),
                category);
        if (!code.ok()) {
            problems.add(new Violation("equipmentCode", code.problem()));
        }
        if (request.registrationNumber() != null && request.registrationNumber().strip().length() > 50) {
            problems.add(new Violation("registrationNumber", "must be at most 50 characters"));
        }
        if (request.usageEnvironment() == null) {
            problems.add(new Violation("usageEnvironment", "is required"));
        }
        if (request.location() != null && request.location().length() > Limits.NAME) {
            problems.add(new Violation("location", "must be at most " + Limits.NAME + " characters"));
        }
        return problems;
    }

    /** A unit named in a body: it must exist within the caller's scope (400) and be the caller's to change. */
    Unit writableUnit(UUID unitId) {
        Unit unit = units.referenced("unitId", unitId);
        scope.requireWritable(unit.district);
        return unit;
    }

    Equipment newEquipment() {
        Equipment equipment = new Equipment();
        equipment.id = UUID.randomUUID();
        equipment.createdAt = clock.instant();
        return equipment;
    }

    void apply(Equipment equipment, Unit unit, EquipmentRequest request, String code) {
        equipment.unitId = unit.id;
        equipment.district = unit.district;
        equipment.category = request.category().strip();
        equipment.equipmentCode = code;
        equipment.equipmentCodeFormat = EquipmentCodeRule.check(code, equipment.category).format();
        equipment.registrationNumber = QueryParams.blankToNull(request.registrationNumber());
        equipment.usageEnvironment = request.usageEnvironment();
        equipment.location = QueryParams.blankToNull(request.location());
        equipment.nextInspectionDue = request.nextInspectionDue();
        equipment.status = request.status() == null ? EquipmentStatus.IN_USE : request.status();
        equipment.updatedAt = clock.instant();
    }

    private static String checked(EquipmentRequest request) {
        List<Violation> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return EquipmentCodeRule.normalise(request.equipmentCode());
    }
}
