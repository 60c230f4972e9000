package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.inspection.unit.FindingUnits;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Taking an action against a unit: a penalty, interview, exposure or blacklisting (处罚、约谈、曝光、黑名单).
 */
@ApplicationScoped
public class TakingEnforcementActions {
    @Inject
    FindingUnits units;
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
}
