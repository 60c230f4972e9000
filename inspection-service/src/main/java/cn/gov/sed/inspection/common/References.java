package cn.gov.sed.inspection.common;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.problem.ValidationException;

/** Checks of reference codes named in a request: unknown codes are 400 (API.md "codes"). */
public final class References {
    private References() {
    }

    public static void district(ValidationException.Builder errors, String field, String code) {
        if (code != null && !ReferenceData.get().districts().contains(code)) {
            errors.add(field, "unknown district '" + code + "'");
        }
    }

    public static void industry(ValidationException.Builder errors, String field, String code) {
        if (code != null && !ReferenceData.get().industries().contains(code)) {
            errors.add(field, "unknown industry '" + code + "'");
        }
    }

    public static void department(ValidationException.Builder errors, String field, String code) {
        if (code != null && !ReferenceData.get().departments().contains(code)) {
            errors.add(field, "unknown department '" + code + "'");
        }
    }

    /** A district used as a list filter: unknown → 400. */
    public static void requireKnownDistrict(String code) {
        ValidationException.Builder errors = ValidationException.builder();
        district(errors, "district", code);
        errors.throwIfAny();
    }
}
