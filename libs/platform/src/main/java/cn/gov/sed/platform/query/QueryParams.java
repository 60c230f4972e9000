package cn.gov.sed.platform.query;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one parser of query parameters: they are taken as text (JAX-RS would answer 404 for a value it cannot
 * convert) and parsed here, every bad one collected, so one 400 names them all. Blank means absent.
 * <pre>
 * QueryParams q = new QueryParams();
 * HazardStatus status = q.enumOf(HazardStatus.class, rawStatus, "status");
 * Instant from = q.from(rawFrom, "from");
 * q.throwIfAny();
 * </pre>
 */
public final class QueryParams {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ValidationException.Builder errors = ValidationException.builder();

    /** Trimmed text, or null when absent or blank: the one {@code blankToNull} of the suite. */
    public static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** Whether the text is a well-formed UUID (UUID.fromString alone accepts forms such as "1-1-1-1-1"). */
    public static boolean isUuid(String raw) {
        return raw != null && UUID_TEXT.matcher(raw).matches();
    }

    public String text(String raw) {
        return blankToNull(raw);
    }

    public <E extends Enum<E>> E enumOf(Class<E> type, String raw, String field) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(field, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    public Boolean bool(String raw, String field) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(field, "must be true or false");
        return null;
    }

    public UUID uuid(String raw, String field) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if (!isUuid(value)) {
            errors.add(field, "must be a UUID");
            return null;
        }
        return UUID.fromString(value);
    }

    public LocalDate date(String raw, String field) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    /** The start of a period: a date (its first instant in Asia/Shanghai) or an ISO-8601 instant with offset. */
    public Instant from(String raw, String field) {
        return instant(raw, field, false);
    }

    /** The end of a period, exclusive: a date counts whole (the next day's first instant), or an instant. */
    public Instant to(String raw, String field) {
        return instant(raw, field, true);
    }

    private Instant instant(String raw, String field, boolean endOfDay) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(Zones.SHANGHAI).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date YYYY-MM-DD or an ISO-8601 instant with offset");
            return null;
        }
    }

    /**
     * The end of a period as the spec words it, "at or before": a date counts whole (the condition is then
     * "before the next day's first instant"), an instant is included itself. Use with {@link Where#atOrBefore}.
     */
    public PeriodEnd atOrBefore(String raw, String field) {
        Instant at = instant(raw, field, true);
        return at == null ? null : new PeriodEnd(at, blankToNull(raw).length() != 10);
    }

    /** An inclusive period end: {@code at} itself is included when {@code inclusive}, excluded otherwise. */
    public record PeriodEnd(Instant at, boolean inclusive) {
    }

    /** A bad value only the caller can judge (an unknown reference code, say), named in the same 400. */
    public void add(String field, String message) {
        errors.add(field, message);
    }

    /** An integer within bounds. */
    public Integer integer(String raw, String field, int min, int max) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "must be an integer from " + min + " to " + max);
        return null;
    }

    /** A 400 naming every bad parameter, if any. */
    public void throwIfAny() {
        errors.throwIfAny();
    }
}
