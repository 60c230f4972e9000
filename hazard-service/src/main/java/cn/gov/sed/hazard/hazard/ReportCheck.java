package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.validation.Limits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a reported hazard, shared by the single report and each row of an import. The size limits are
 * here too because import rows do not pass Bean Validation; a JSON report meets them first in {@link ReportRequest}.
 */
public final class ReportCheck {
    private static final Pattern EQUIPMENT_CODE = Pattern.compile("[0-9A-Z]{18}|[0-9]{20}");

    private ReportCheck() {
    }

    /** The request with its credit code normalised, and what is wrong with it (empty when valid). */
    public static Checked check(ReportRequest r, Instant now) {
        List<Violation> errors = new ArrayList<>();
        String uscc = CreditCode.normalise(r.unitUscc());
        if (isBlank(r.district())) {
            errors.add(new Violation("district", "is required"));
        } else if (!ReferenceData.get().districts().contains(r.district().trim())) {
            errors.add(new Violation("district", "unknown district code"));
        }
        CreditCode.problem(uscc).ifPresent(p -> errors.add(new Violation("unitUscc", p)));
        if (isBlank(r.unitName())) {
            errors.add(new Violation("unitName", "is required"));
        } else if (r.unitName().length() > Limits.NAME) {
            errors.add(new Violation("unitName", "must be at most " + Limits.NAME + " characters"));
        }
        if (isBlank(r.equipmentCategory())) {
            errors.add(new Violation("equipmentCategory", "is required"));
        } else if (!ReferenceData.get().equipmentCatalogue().contains(r.equipmentCategory().trim())) {
            errors.add(new Violation("equipmentCategory", "unknown equipment category code"));
        }
        String code = isBlank(r.equipmentCode()) ? null : r.equipmentCode().trim().toUpperCase();
        if (code != null && !EQUIPMENT_CODE.matcher(code).matches()) {
            errors.add(new Violation("equipmentCode", "must be 18 characters or a 20-digit registration code"));
        }
        if (isBlank(r.description())) {
            errors.add(new Violation("description", "is required"));
        } else if (r.description().length() > Limits.TEXT) {
            errors.add(new Violation("description", "must be at most " + Limits.TEXT + " characters"));
        }
        if (r.foundAt() == null) {
            errors.add(new Violation("foundAt", "is required"));
        } else if (r.foundAt().toInstant().isAfter(now.plusSeconds(300))) {
            errors.add(new Violation("foundAt", "must not be in the future"));
        } else if (!DateRange.contains(r.foundAt())) {
            errors.add(new Violation("foundAt", DateRange.MESSAGE));
        }
        ReportRequest normalised = new ReportRequest(trim(r.district()), uscc, trim(r.unitName()),
                trim(r.equipmentCategory()), code, trim(r.description()), r.foundAt());
        return new Checked(normalised, errors);
    }

    public record Checked(ReportRequest request, List<Violation> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
