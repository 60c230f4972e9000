package cn.gov.sed.platform.problem;

/** A failure that becomes a problem response; subclasses name the common cases of API.md. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getDetail() == null ? problem.getTitle() : problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404: not there, or outside the caller's scope (never reveal that it exists). */
    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem("not-found", "Not found", 404, what + " not found"));
    }

    /** 409 /problems/duplicate. */
    public static ProblemException duplicate(String detail) {
        return new ProblemException(new Problem("duplicate", "Duplicate", 409, detail));
    }

    /** 403: the caller's role or scope does not allow it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail));
    }

    /** 412: the {@code If-Match} version is stale. */
    public static ProblemException preconditionFailed(long currentVersion) {
        return new ProblemException(new Problem("precondition-failed", "Precondition failed", 412,
                "If-Match does not match the current version " + currentVersion).with("currentVersion", currentVersion));
    }

    /** 409 /problems/illegal-transition with the current status and the actions allowed from it. */
    public static ProblemException illegalTransition(String action, Enum<?> current, java.util.Collection<String> allowed) {
        return new ProblemException(new Problem("illegal-transition", "Illegal state transition", 409,
                "'" + action + "' is not allowed while " + current.name())
                .with("currentStatus", current.name())
                .with("allowedActions", java.util.List.copyOf(allowed)));
    }
}
