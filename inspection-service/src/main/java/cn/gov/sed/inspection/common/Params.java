package cn.gov.sed.inspection.common;

import cn.gov.sed.platform.problem.ValidationException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters are taken as text and parsed here, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "'" + raw + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Boolean bool(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationException.of(field, "must be true or false");
        };
    }

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Whether the text is a well-formed UUID (UUID.fromString alone accepts forms such as "1-1-1-1-1"). */
    public static boolean isUuid(String s) {
        return s != null && UUID_TEXT.matcher(s).matches();
    }

    public static UUID uuid(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!isUuid(raw.strip())) {
            throw ValidationException.of(field, "must be a UUID");
        }
        return UUID.fromString(raw.strip());
    }

    public static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date YYYY-MM-DD");
        }
    }

    /** An instant filter: an ISO-8601 instant with offset, or a date (its start in Asia/Shanghai). */
    public static OffsetDateTime instant(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            LocalDate day = date(raw, field);
            return day.atStartOfDay(cn.gov.sed.contracts.vocabulary.Zones.SHANGHAI).toOffsetDateTime();
        }
    }

    /** The end of a period filter: an instant with offset, or a date (up to the end of that day, Asia/Shanghai). */
    public static OffsetDateTime instantEnd(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            LocalDate day = date(raw, field);
            return day.plusDays(1).atStartOfDay(cn.gov.sed.contracts.vocabulary.Zones.SHANGHAI).toOffsetDateTime()
                    .minusNanos(1000);
        }
    }
}
