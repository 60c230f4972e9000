package cn.gov.sed.inspection.common;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * What the caller may see, as query conditions (API.md "Identity and access"):
 * the city sees everything; district-admin and inspector only their district; a department its district when
 * its token names one, else everything; a unit only its own unit (by the {@code uscc} claim).
 */
@RequestScoped
public class Scope {
    @Inject
    Caller caller;

    private boolean resolved;
    private boolean nothing;
    private String district;
    private UUID unitId;

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        if (caller.isCity()) {
            return;
        }
        if (caller.isDistrictRole()) {
            district = caller.district();
            nothing = district == null; // a district role without a district sees nothing
        } else if (caller.isDepartment()) {
            district = caller.district();
        } else if (caller.isUnit()) {
            String uscc = CreditCode.normalise(caller.uscc());
            Unit own = uscc == null ? null : Unit.find("uscc", uscc).firstResult();
            nothing = own == null;
            unitId = own == null ? null : own.id;
        } else {
            nothing = true;
        }
    }

    /** The district every query is limited to, or null. */
    public String district() {
        resolve();
        return district;
    }

    /**
     * Limits a query to what the caller may see.
     *
     * @param districtProperty the entity's district property
     * @param unitProperty     the entity's property holding the unit id ({@code id} for units themselves)
     */
    public Where limit(Where where, String districtProperty, String unitProperty) {
        resolve();
        if (nothing) {
            return where.and("1 = 0");
        }
        where.andIf(district, districtProperty + " = :scopeDistrict", "scopeDistrict");
        where.andIf(unitId, unitProperty + " = :scopeUnit", "scopeUnit");
        return where;
    }

    /** Whether a record of that district and unit lies within the caller's scope. */
    public boolean canSee(String recordDistrict, UUID recordUnitId) {
        resolve();
        return !nothing && (district == null || district.equals(recordDistrict))
                && (unitId == null || unitId.equals(recordUnitId));
    }

    /** A district named in a filter or a body must lie within the caller's district scope: 403 otherwise. */
    public void requireDistrict(String requested) {
        resolve();
        if (requested != null && (nothing || (district != null && !district.equals(requested)))) {
            throw ProblemException.forbidden("district " + requested + " is outside your scope");
        }
    }

    /** Writers of a district's records (district-admin, inspector): the record's district must be theirs. */
    public void requireWritable(String recordDistrict) {
        if (!caller.isCity()) {
            requireDistrict(recordDistrict);
        }
    }
}
