package cn.gov.sed.inspection.common;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.function.Function;

/**
 * Who sees what in inspection-service (API.md "Identity and access"), for units, equipment, inspections and
 * enforcement actions alike:
 * <pre>
 * city                       everything; writes in every district
 * district-admin, inspector  their district; nothing when the token names no district
 * department                 its district when its token names one, else everything
 * unit                       its own unit (found by the token's uscc) and what belongs to it; nothing when unknown
 * anyone else                nothing
 * </pre>
 * Reads put this into the query ({@link #limit}); a single record outside it is a 404 ({@link #canSee}); a
 * district named in a filter or a body outside it is a 403 ({@link #requireDistrict}, {@link #requireWritable}).
 * The policy is plain Java ({@link #InspectionScope(Caller, Function)}), tested without Quarkus.
 */
@RequestScoped
public class InspectionScope {
    @Inject
    Caller caller;

    /** The id of the unit holding a (normalised) credit code, or null. */
    private Function<String, UUID> unitIdOfUscc = uscc -> {
        Unit own = Unit.find("uscc", uscc).firstResult();
        return own == null ? null : own.id;
    };

    private boolean resolved;
    private boolean nothing;
    private String district;
    private UUID unitId;

    /** For CDI. */
    protected InspectionScope() {
    }

    /** The policy for {@code caller}, finding a unit caller's own unit with {@code unitIdOfUscc}. */
    public InspectionScope(Caller caller, Function<String, UUID> unitIdOfUscc) {
        this.caller = caller;
        this.unitIdOfUscc = unitIdOfUscc;
    }

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
            nothing = district == null;
        } else if (caller.isDepartment()) {
            district = caller.district();
        } else if (caller.isUnit()) {
            String uscc = CreditCode.normalise(caller.uscc());
            unitId = uscc == null ? null : unitIdOfUscc.apply(uscc);
            nothing = unitId == null;
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
            return where.raw("1 = 0");
        }
        return where.eq(districtProperty, district).eq(unitProperty, unitId);
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
