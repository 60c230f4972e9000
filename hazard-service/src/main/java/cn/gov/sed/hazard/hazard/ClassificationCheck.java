package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.problem.ValidationException;

/**
 * 甄别 as sent: a special-equipment hazard needs its severity and type; a removal (剔除) needs the reason the
 * reporting department is told. Every missing field is named at once. Plain Java, tested without Quarkus.
 */
public final class ClassificationCheck {
    private ClassificationCheck() {
    }

    /** 400 naming what is missing; nothing when the classification can be applied. */
    public static void check(ClassificationRequest r) {
        if (r == null || r.specialEquipmentHazard() == null) {
            throw ValidationException.of("specialEquipmentHazard", "is required (true or false)");
        }
        ValidationException.Builder errors = ValidationException.builder();
        if (r.specialEquipmentHazard()) {
            errors.check(r.severity() != null, "severity", "is required for a special-equipment hazard");
            errors.check(r.hazardType() != null, "hazardType", "is required for a special-equipment hazard");
        } else {
            errors.check(r.reason() != null && !r.reason().isBlank(), "reason",
                    "is required: the reporting department is told why");
        }
        errors.throwIfAny();
    }
}
