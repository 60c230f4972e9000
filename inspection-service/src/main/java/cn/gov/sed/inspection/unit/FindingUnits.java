package cn.gov.sed.inspection.unit;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.enforcement.EnforcementAction;
import cn.gov.sed.inspection.enforcement.EnforcementActionView;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finding units in the caller's scope: one, a page, or one named by another use case. A unit outside the scope is
 * answered as unknown (404, or 400 when a body names it), never revealed.
 */
@ApplicationScoped
public class FindingUnits {
    @Inject
    InspectionScope scope;

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

    /** The unit as the API shows it, with its enforcement actions. */
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
}
