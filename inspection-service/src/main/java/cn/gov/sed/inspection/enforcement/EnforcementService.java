package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.inspection.common.Periods;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.inspection.unit.UnitService;
import cn.gov.sed.inspection.unit.UnitView;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Penalties, interviews, exposures, the blacklist and credit repair (处罚、约谈、曝光、黑名单、信用修复). */
@ApplicationScoped
public class EnforcementService {
    @Inject
    UnitService units;
    @Inject
    InspectionScope scope;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    Preconditions preconditions;
    @Inject
    Clock clock;

    /** Takes an action against a unit of the caller's district; BLACKLIST also marks the unit. */
    @Transactional
    public EnforcementActionView take(UUID unitId, EnforcementRequest request) {
        Unit unit = units.findVisible(unitId);
        scope.requireWritable(unit.district);
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(request.type() != EnforcementType.BLACKLIST_LIFTED, "type",
                "BLACKLIST_LIFTED is recorded by POST /api/v1/units/{id}/credit-repair");
        String amount = QueryParams.blankToNull(request.amount());
        if (request.type() == EnforcementType.PENALTY || amount != null) {
            Money.problem(amount).ifPresent(p -> errors.add("amount", p));
        }
        String decisionNumber = QueryParams.blankToNull(request.decisionNumber());
        if (request.type() == EnforcementType.PENALTY || request.type() == EnforcementType.BLACKLIST) {
            errors.check(decisionNumber != null, "decisionNumber", "is required for " + request.type());
        }
        List<String> hazardIds = request.hazardIds() == null ? List.of() : request.hazardIds();
        for (int i = 0; i < hazardIds.size(); i++) {
            if (!QueryParams.isUuid(hazardIds.get(i))) {
                errors.add("hazardIds[" + i + "]", "must be a UUID");
            }
        }
        if (request.type() == EnforcementType.BLACKLIST && decisionNumber != null
                && EnforcementAction.count("unitId = ?1 and type = ?2 and decisionNumber = ?3", unit.id,
                EnforcementType.PENALTY, decisionNumber) == 0) {
            errors.add("decisionNumber", "is not the decision number of a PENALTY of this unit");
        }
        errors.throwIfAny();
        EnforcementAction action = EnforcementAction.against(unit, request.type(), request.reason().strip(),
                QueryParams.blankToNull(request.legalBasis()), amount == null ? null : Money.normalise(amount),
                decisionNumber, hazardIds, clock.instant(), caller.sub());
        List<DomainEvent> events;
        if (request.type() == EnforcementType.BLACKLIST) {
            CreditLifecycle.apply(unit.creditStatus(), CreditLifecycle.Action.BLACKLIST); // 409 before 412
            preconditions.checkIfMatch(unit.version);
            events = unit.blacklist(action);
        } else {
            events = action.taken(unit);
        }
        action.persist();
        events.forEach(outbox::record);
        return EnforcementActionView.of(action);
    }

    /** 信用修复: lifts the blacklist; 409 when the unit is not blacklisted. Answers the unit. */
    @Transactional
    public UnitView repairCredit(UUID unitId, CreditRepairRequest request) {
        Unit unit = units.findVisible(unitId);
        scope.requireWritable(unit.district);
        CreditLifecycle.apply(unit.creditStatus(), CreditLifecycle.Action.REPAIR); // 409 before 412
        preconditions.checkIfMatch(unit.version);
        EnforcementAction lifted = EnforcementAction.against(unit, EnforcementType.BLACKLIST_LIFTED,
                request.reason().strip(), null, null, request.decisionNumber().strip(), List.of(), clock.instant(),
                caller.sub());
        List<DomainEvent> events = unit.repairCredit(lifted);
        lifted.persist();
        events.forEach(outbox::record);
        Unit.getEntityManager().flush();
        return units.view(unit);
    }

    @Transactional
    public EnforcementActionView get(UUID id) {
        EnforcementAction action = EnforcementAction.findById(id);
        if (action == null || !scope.canSee(action.district, action.unitId)) {
            throw ProblemException.notFound("enforcement action");
        }
        return EnforcementActionView.of(action);
    }

    @Transactional
    public PageResponse<EnforcementActionView> list(EnforcementFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("takenAt", "takenAt", "type", "type"), "-takenAt");
        if (filter.district != null) {
            References.requireKnownDistrict(filter.district);
            scope.requireDistrict(filter.district);
        }
        QueryParams q = new QueryParams();
        UUID unitId = q.uuid(filter.unitId, "unitId");
        EnforcementType type = q.enumOf(EnforcementType.class, filter.type, "type");
        Instant from = q.from(filter.from, "from");
        Instant to = q.to(filter.to, "to");
        q.throwIfAny();
        Where where = scope.limit(new Where(), "district", "unitId")
                .eq("district", filter.district)
                .eq("unitId", unitId)
                .eq("type", type)
                .ge("takenAt", from);
        Periods.atOrBefore(where, "takenAt", filter.to, to);
        return PageResponse.of(EnforcementAction.find(where.hql(), request.sort(), where.hqlParams()), request,
                EnforcementActionView::of);
    }
}
