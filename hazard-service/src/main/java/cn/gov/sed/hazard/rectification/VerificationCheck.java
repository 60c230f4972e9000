package cn.gov.sed.hazard.rectification;

import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.platform.problem.ValidationException;

/**
 * The re-inspection (跟踪复查) as sent: result, inspector and time are required, and a failed one says what to fix.
 * Every broken field is named at once. Plain Java, tested without Quarkus.
 */
public final class VerificationCheck {
    private VerificationCheck() {
    }

    /** 400 naming what is wrong; nothing when the verification can be recorded. */
    public static void check(VerificationRequest r) {
        if (r == null) {
            throw ValidationException.of("body", "the verification is required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(r.result() != null, "result", "is required (PASSED or FAILED)");
        errors.check(r.inspector() != null && !r.inspector().isBlank(), "inspector", "is required");
        errors.check(r.verifiedAt() != null, "verifiedAt", "is required");
        errors.check(DateRange.contains(r.verifiedAt()), "verifiedAt", DateRange.MESSAGE);
        errors.check(r.result() != VerificationResult.FAILED || (r.comment() != null && !r.comment().isBlank()),
                "comment", "is required when the re-inspection failed: the unit must know what to fix");
        errors.throwIfAny();
    }
}
