package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Reporting hazards (部门移交): a department's or district bureau's report, REPORTED until classified. */
@ApplicationScoped
public class ReportingHazards {
    /** The district bureaus report under their own department code. */
    static final String BUREAU_DEPARTMENT = "MARKET_SUPERVISION";

    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /** One report, checked as a whole (every broken field named) and scoped; a report announces nothing. */
    @Transactional
    public HazardView report(ReportRequest request) {
        ReportCheck.Checked checked = ReportCheck.check(request, clock.instant());
        if (!checked.valid()) {
            throw new ValidationException(checked.errors());
        }
        HazardScope.requireDistrict(caller, checked.request().district());
        Hazard h = Hazard.reported(checked.request(), reportingDepartment(), caller.sub(), clock.instant());
        h.persist();
        return HazardView.of(h, Zones.today(clock));
    }

    /** The department a report comes from: a department's token names it; the bureaus are market supervision. */
    public String reportingDepartment() {
        return caller.isDepartment() ? caller.department() : BUREAU_DEPARTMENT;
    }
}
