package cn.gov.sed.inspection.unit;

import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.UniqueKeys;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** 单位登记: registering a unit under its credit code, in a district the caller may write. */
@ApplicationScoped
public class RegisteringUnits {
    @Inject
    InspectionScope scope;
    @Inject
    FindingUnits units;
    @Inject
    Clock clock;

    @Transactional
    public UnitView register(UnitRequest request) {
        String uscc = UnitRequests.check(request);
        scope.requireWritable(request.district());
        if (Unit.count("uscc", uscc) > 0) {
            throw ProblemException.duplicate(UnitRequests.taken(uscc));
        }
        Unit unit = Unit.register(request, clock.instant());
        unit.persist();
        // two registrations of one uscc at once: the UNIQUE constraint decides, the loser hears 409
        UniqueKeys.flush(UnitRequests.USCC_KEY, UnitRequests.taken(uscc));
        return units.view(unit);
    }
}
