package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.inspection.unit.FindingUnits;
import cn.gov.sed.inspection.unit.UnitView;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** 信用修复: lifting a unit's blacklisting (BLACKLISTED → NORMAL), recorded as BLACKLIST_LIFTED. */
@ApplicationScoped
public class RepairingCredit {
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
}
