package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;

/**
 * Who sees which hazards, in one place (the lists, the export, the statistics, a single hazard and the imports all
 * ask here), put into the query as a {@link Where}:
 * <ul>
 *   <li>city (市局): every hazard;</li>
 *   <li>district roles (区局 admin, inspector): the hazards of their district;</li>
 *   <li>department (部门): the hazards it reported, in its district when its token names one;</li>
 *   <li>unit (单位): its own hazards (its 统一社会信用代码);</li>
 *   <li>anyone else, or a token without the claim its role needs: nothing.</li>
 * </ul>
 * A district named in a filter, a body or an imported row must be the caller's own when the caller is tied to one.
 * <p>
 * The institutional measures (制度措施清单, city and district-admin only) are scoped here too: the city sees and
 * keeps every measure; a district bureau sees its district's and the city-wide ones (a null district) and keeps
 * only its district's.
 */
public final class HazardScope {
    private HazardScope() {
    }

    /** The caller's scope added to {@code where}. */
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

    /** Whether the caller may name {@code district} (in a filter, a report or an imported row). */
    public static boolean mayName(Caller caller, String district) {
        if (district == null || caller.isCity()) {
            return true;
        }
        return !(caller.isDistrictRole() || caller.district() != null) || district.equals(caller.district());
    }

    /** A district named in a filter or a body must be the caller's own when the caller is tied to one: 403. */
    public static void requireDistrict(Caller caller, String district) {
        if (!mayName(caller, district)) {
            throw ProblemException.forbidden("district " + district + " is outside your scope");
        }
    }

    /** The measures the caller sees added to {@code where}; without a district claim only the city-wide ones. */
    public static Where measures(Caller caller, Where where) {
        if (caller.isCity()) {
            return where;
        }
        if (caller.district() == null) {
            return where.raw("{district} IS NULL");
        }
        return where.raw("({district} IS NULL OR {district} = ?)", caller.district());
    }

    /** A district named for measures (a filter, a body) must be the caller's own unless it is the city: 403. */
    public static void requireMeasureDistrict(Caller caller, String district) {
        if (district != null && !caller.isCity() && !district.equals(caller.district())) {
            throw ProblemException.forbidden("district " + district + " is outside your scope");
        }
    }

    /** A measure of {@code district} (null: city-wide) may be drafted or revised by the caller: 403 otherwise. */
    public static void requireMayKeepMeasure(Caller caller, String district) {
        if (district == null && !caller.isCity()) {
            throw ProblemException.forbidden("city-wide measures are kept by the city");
        }
        requireMeasureDistrict(caller, district);
    }

    /** {@code property = claim}; a token without the claim its role needs sees nothing. */
    private static Where claimed(Where where, String property, String claim) {
        return claim == null ? where.raw("1 = 0") : where.eq(property, claim);
    }
}
