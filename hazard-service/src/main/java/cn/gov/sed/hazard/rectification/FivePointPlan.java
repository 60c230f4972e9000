package cn.gov.sed.hazard.rectification;

import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.platform.problem.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 五落实: a rectification plan is accepted only when all five points are there — responsibility (who),
 * measures, funds, time limit and contingency plan. Every broken point is reported at once.
 */
public final class FivePointPlan {
    /** Digits of whole yuan: far beyond any plan's funds, and small enough to compute with. */
    static final int MAX_YUAN_DIGITS = 15;

    private FivePointPlan() {
    }

    /** The checked plan with its funds normalised to two decimals ("20000" → "20000.00"); 400 otherwise. */
    public static Plan check(PlanRequest r, LocalDate today, OffsetDateTime now, String by) {
        ValidationException.Builder errors = ValidationException.builder();
        if (r == null) {
            throw ValidationException.of("body", "the five-point plan is required");
        }
        errors.check(present(r.responsiblePerson()), "responsiblePerson", "is required (整改责任人)");
        errors.check(present(r.measures()), "measures", "is required (整改措施)");
        errors.check(present(r.contingencyPlan()), "contingencyPlan", "is required (应急预案)");
        String funds = null;
        if (!present(r.funds())) {
            errors.add("funds", "is required (整改资金)");
        } else {
            try {
                BigDecimal amount = new BigDecimal(r.funds().trim());
                if (amount.signum() < 0) {
                    errors.add("funds", "must not be negative");
                } else if (amount.precision() - amount.scale() > MAX_YUAN_DIGITS) {
                    // checked before setScale: "1E+999999999" would otherwise expand to a billion digits
                    errors.add("funds", "must have at most " + MAX_YUAN_DIGITS + " digits before the decimal point");
                } else if (amount.stripTrailingZeros().scale() > 2) {
                    errors.add("funds", "must have at most two decimals (fen)");
                } else {
                    funds = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
                }
            } catch (NumberFormatException e) {
                errors.add("funds", "must be a decimal amount in CNY such as \"20000.00\"");
            }
        }
        if (r.deadline() == null) {
            errors.add("deadline", "is required (整改时限)");
        } else if (r.deadline().isBefore(today)) {
            errors.add("deadline", "must not be in the past (today is " + today + ")");
        } else if (!DateRange.contains(r.deadline())) {
            errors.add("deadline", DateRange.MESSAGE);
        }
        errors.throwIfAny();
        return new Plan(r.responsiblePerson().strip(), r.measures().strip(), funds, r.deadline(),
                r.contingencyPlan().strip(), now, by);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
