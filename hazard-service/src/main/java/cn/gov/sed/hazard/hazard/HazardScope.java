package cn.gov.sed.hazard.hazard;

import cn.gov.sed.hazard.common.Where;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;

/**
 * What hazards a caller may see, put into the query: the city everything; district roles their district;
 * a department the hazards it reported (in its district when it has one); a unit its own.
 */
public final class HazardScope {
    private HazardScope() {
    }

    public static Where apply(Caller caller, Where where) {
        if (caller.isCity()) {
            return where;
        }
        if (caller.isDistrictRole()) {
            return claimed(where, "district", caller.district());
        }
        if (caller.isDepartment()) {
            claimed(where, "reportingDepartment", caller.department());
            return where.eq("district", caller.district());
        }
        if (caller.isUnit()) {
            return claimed(where, "unitUscc", caller.uscc());
        }
        return where.raw("1 = 0");
    }

    /** A district named in a filter or a body must be the caller's own when the caller is tied to one: 403. */
    public static void requireDistrict(Caller caller, String district) {
        if (district == null || caller.isCity()) {
            return;
        }
        if ((caller.isDistrictRole() || caller.district() != null) && !district.equals(caller.district())) {
            throw ProblemException.forbidden("district " + district + " is outside your scope");
        }
    }

    /** {@code property = claim}; a token without the claim its role needs sees nothing. */
    private static Where claimed(Where where, String property, String claim) {
        return claim == null ? where.raw("1 = 0") : where.eq(property, claim);
    }
}
