package cn.gov.sed.inspection.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Amounts of money: a CNY decimal string, never negative, written with two decimals ("20000.00"). */
public final class Money {
    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** Why the text is not an amount, or empty. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return Optional.of("must be a decimal number such as 20000.00");
        }
        if (value.signum() < 0) {
            return Optional.of("must be 0 or more");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of("has more than two decimals (分)");
        }
        if (value.compareTo(MAX) > 0) {
            return Optional.of("is too large");
        }
        return Optional.empty();
    }

    /** The amount with exactly two decimals; call after {@link #problem} found nothing. */
    public static BigDecimal normalise(String raw) {
        return new BigDecimal(raw.strip()).setScale(2, RoundingMode.UNNECESSARY);
    }
}
