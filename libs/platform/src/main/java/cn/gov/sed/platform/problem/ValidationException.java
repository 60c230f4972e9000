package cn.gov.sed.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** 400 /problems/validation with {@code violations}; collect several with {@link Builder}. */
public class ValidationException extends ProblemException {
    public ValidationException(List<Violation> violations) {
        super(new Problem("validation", "Invalid request", 400, describe(violations))
                .with("violations", List.copyOf(violations)));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }

    private static String describe(List<Violation> violations) {
        if (violations.size() == 1) {
            Violation v = violations.get(0);
            return v.field() + ": " + v.message();
        }
        return violations.size() + " fields are invalid";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects violations so a client learns about all of them at once. */
    public static final class Builder {
        private final List<Violation> violations = new ArrayList<>();

        public Builder add(String field, String message) {
            violations.add(new Violation(field, message));
            return this;
        }

        public Builder check(boolean ok, String field, String message) {
            if (!ok) {
                add(field, message);
            }
            return this;
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
    }
}
