package cn.gov.sed.inspection.unit;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.UniqueKeys;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.inspection.enforcement.EnforcementAction;
import cn.gov.sed.inspection.enforcement.EnforcementActionView;
import cn.gov.sed.inspection.equipment.Equipment;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Registering and keeping units (单位), scoped to what the caller may see. */
@ApplicationScoped
public class UnitService {
    /** The UNIQUE constraint on unit.uscc (V1__inspection_schema.sql). */
    private static final String USCC_KEY = "unit_uscc_key";

    @Inject
    InspectionScope scope;
    @Inject
    Preconditions preconditions;
    @Inject
    Clock clock;

    @Transactional
    public UnitView register(UnitRequest request) {
        String uscc = validate(request);
        scope.requireWritable(request.district());
        if (Unit.count("uscc", uscc) > 0) {
            throw ProblemException.duplicate("a unit with uscc " + uscc + " already exists");
        }
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.createdAt = clock.instant();
        apply(unit, request, uscc);
        unit.persist();
        UniqueKeys.flush(USCC_KEY, "a unit with uscc " + uscc + " already exists");
        return view(unit);
    }

    @Transactional
    public UnitView update(UUID id, UnitRequest request) {
        Unit unit = findVisible(id);
        scope.requireWritable(unit.district);
        preconditions.checkIfMatch(unit.version);
        String uscc = validate(request);
        scope.requireWritable(request.district());
        if (Unit.count("uscc = ?1 and id <> ?2", uscc, id) > 0) {
            throw ProblemException.duplicate("a unit with uscc " + uscc + " already exists");
        }
        if (!unit.district.equals(request.district())) {
            // equipment belongs to its unit's district: move it along
            Equipment.update("district = ?1 where unitId = ?2", request.district(), id);
        }
        apply(unit, request, uscc);
        // a concurrent change to the same uscc is a duplicate; the flush also gives the view the new version
        UniqueKeys.flush(USCC_KEY, "a unit with uscc " + uscc + " already exists");
        return view(unit);
    }

    @Transactional
    public UnitView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional
    public PageResponse<UnitView> list(UnitFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("name", "name", "uscc", "uscc", "district", "district",
                "createdAt", "createdAt"), "-createdAt");
        if (filter.district != null) {
            References.requireKnownDistrict(filter.district);
            scope.requireDistrict(filter.district);
        }
        QueryParams q = new QueryParams();
        UnitType type = q.enumOf(UnitType.class, filter.type, "type");
        Boolean blacklisted = q.bool(filter.blacklisted, "blacklisted");
        String text = q.text(filter.q);
        q.throwIfAny();
        Where where = scope.limit(new Where(), "district", "id")
                .eq("district", filter.district)
                .eq("industry", filter.industry)
                .eq("blacklisted", blacklisted);
        if (type != null) {
            where.raw("? member of {types}", type);
        }
        if (text != null) {
            where.raw("(lower({name}) like ? or {uscc} like ?)", "%" + text.toLowerCase() + "%",
                    "%" + CreditCode.normalise(filter.q) + "%");
        }
        PanacheQuery<Unit> query = Unit.find(where.hql(), request.sort(), where.hqlParams());
        PageResponse<Unit> units = PageResponse.of(query, request, u -> u);
        Map<UUID, List<EnforcementActionView>> actions = actionsOf(units.items().stream().map(u -> u.id).toList());
        return new PageResponse<>(units.items().stream()
                .map(u -> UnitView.of(u, actions.getOrDefault(u.id, List.of()))).toList(),
                units.page(), units.size(), units.total());
    }

    /** The unit when the caller may see it; 404 otherwise (never reveal that it exists). */
    public Unit findVisible(UUID id) {
        Unit unit = Unit.findById(id);
        if (unit == null || !scope.canSee(unit.district, unit.id)) {
            throw ProblemException.notFound("unit");
        }
        return unit;
    }

    /** A unit referenced in a request body: unknown or outside the caller's scope → 400. */
    public Unit referenced(String field, UUID id) {
        Unit unit = id == null ? null : Unit.findById(id);
        if (unit == null || !scope.canSee(unit.district, unit.id)) {
            throw ValidationException.of(field, "unknown unit " + id);
        }
        return unit;
    }

    public UnitView view(Unit unit) {
        return UnitView.of(unit, actionsOf(List.of(unit.id)).getOrDefault(unit.id, List.of()));
    }

    private static Map<UUID, List<EnforcementActionView>> actionsOf(List<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<EnforcementAction> actions = EnforcementAction.list("unitId in ?1",
                Sort.descending("takenAt").and("id"), unitIds);
        return actions.stream().collect(Collectors.groupingBy(a -> a.unitId,
                Collectors.mapping(EnforcementActionView::of, Collectors.toList())));
    }

    /** Checks the body beyond its bean rules; returns the normalised credit code. */
    private static String validate(UnitRequest request) {
        ValidationException.Builder errors = ValidationException.builder();
        String uscc = CreditCode.normalise(request.uscc());
        CreditCode.problem(uscc).ifPresent(p -> errors.add("uscc", p));
        References.district(errors, "district", request.district());
        References.industry(errors, "industry", request.industry());
        errors.throwIfAny();
        return uscc;
    }

    private void apply(Unit unit, UnitRequest request, String uscc) {
        unit.uscc = uscc;
        unit.name = request.name().strip();
        unit.types = new HashSet<>(request.types());
        unit.district = request.district();
        unit.industry = request.industry();
        unit.address = QueryParams.blankToNull(request.address());
        unit.contactName = QueryParams.blankToNull(request.contactName());
        unit.contactPhone = QueryParams.blankToNull(request.contactPhone());
        unit.updatedAt = clock.instant();
    }
}
