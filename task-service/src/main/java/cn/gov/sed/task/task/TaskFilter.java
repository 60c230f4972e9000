package cn.gov.sed.task.task;

import cn.gov.sed.platform.problem.ValidationException;

import java.util.Arrays;
import java.util.UUID;

/** The filters of {@code GET /tasks}, parsed from query strings so a bad value is a 400 with its field. */
public record TaskFilter(String district, TaskPhase phase, TaskStatus status, Boolean overdue,
                         String responsiblePerson, UUID hazardId) {

    public static TaskFilter parse(String district, String phase, String status, String overdue,
                                   String responsiblePerson, String hazardId) {
        ValidationException.Builder errors = ValidationException.builder();
        TaskPhase p = enumOf(TaskPhase.class, phase, "phase", errors);
        TaskStatus s = enumOf(TaskStatus.class, status, "status", errors);
        Boolean o = null;
        if (present(overdue)) {
            if (overdue.equals("true") || overdue.equals("false")) {
                o = Boolean.valueOf(overdue);
            } else {
                errors.add("overdue", "must be true or false");
            }
        }
        UUID h = null;
        if (present(hazardId)) {
            try {
                h = UUID.fromString(hazardId);
            } catch (IllegalArgumentException e) {
                errors.add("hazardId", "must be a UUID");
            }
        }
        errors.throwIfAny();
        return new TaskFilter(present(district) ? district : null, p, s, o,
                present(responsiblePerson) ? responsiblePerson : null, h);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String raw, String field,
                                                ValidationException.Builder errors) {
        if (!present(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.add(field, "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
