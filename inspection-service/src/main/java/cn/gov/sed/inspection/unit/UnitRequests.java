package cn.gov.sed.inspection.unit;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.platform.problem.ValidationException;

/** The checks of a unit's body beyond its bean rules, the same for registering and revising. */
final class UnitRequests {
    /** The UNIQUE constraint on unit.uscc (V1__inspection_schema.sql). */
    static final String USCC_KEY = "unit_uscc_key";

    private UnitRequests() {
    }

    /** 400 naming every bad field (credit code, district, industry); answers the normalised credit code. */
    static String check(UnitRequest request) {
        ValidationException.Builder errors = ValidationException.builder();
        String uscc = CreditCode.normalise(request.uscc());
        CreditCode.problem(uscc).ifPresent(p -> errors.add("uscc", p));
        References.district(errors, "district", request.district());
        References.industry(errors, "industry", request.industry());
        errors.throwIfAny();
        return uscc;
    }

    /** What the 409 says when another unit has this credit code. */
    static String taken(String uscc) {
        return "a unit with uscc " + uscc + " already exists";
    }
}
