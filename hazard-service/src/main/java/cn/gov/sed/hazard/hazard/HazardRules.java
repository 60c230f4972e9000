package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hazard's life (隐患状态机): which action each status allows, and the rules of "listed", "open" and
 * "overdue". Plain Java, so the rules are tested without Quarkus.
 *
 * <pre>
 * REPORTED --classification--> LISTED | RECORDED | REMOVED
 * LISTED --rectification-plan--> RECTIFYING --rectification-plan (revision)--> RECTIFYING
 * RECTIFYING --rectification-report--> PENDING_VERIFICATION --verification--> VERIFIED | RECTIFYING
 * </pre>
 */
public final class HazardRules {

    /** The actions that move a hazard; the names are the last path segment of their endpoints. */
    public enum Action {
        CLASSIFY("classification"),
        PLAN("rectification-plan"),
        REPORT("rectification-report"),
        VERIFY("verification");

        private final String apiName;

        Action(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    private static final Map<HazardStatus, List<Action>> ALLOWED = new EnumMap<>(HazardStatus.class);

    static {
        ALLOWED.put(HazardStatus.REPORTED, List.of(Action.CLASSIFY));
        ALLOWED.put(HazardStatus.RECORDED, List.of());
        ALLOWED.put(HazardStatus.LISTED, List.of(Action.PLAN));
        ALLOWED.put(HazardStatus.REMOVED, List.of());
        ALLOWED.put(HazardStatus.RECTIFYING, List.of(Action.PLAN, Action.REPORT));
        ALLOWED.put(HazardStatus.PENDING_VERIFICATION, List.of(Action.VERIFY));
        ALLOWED.put(HazardStatus.VERIFIED, List.of());
    }

    /** Statuses in which a listed hazard still waits for its rectification (it can be overdue). */
    public static final Set<HazardStatus> OPEN = EnumSet.of(HazardStatus.LISTED, HazardStatus.RECTIFYING,
            HazardStatus.PENDING_VERIFICATION);

    private HazardRules() {
    }

    public static List<String> allowedActions(HazardStatus status) {
        return ALLOWED.get(status).stream().map(Action::apiName).toList();
    }

    public static boolean allows(HazardStatus status, Action action) {
        return ALLOWED.get(status).contains(action);
    }

    /** 409 /problems/illegal-transition with the current status and what it allows. */
    public static void require(HazardStatus status, Action action) {
        if (!allows(status, action)) {
            throw ProblemException.illegalTransition(action.apiName(), status, allowedActions(status));
        }
    }

    /** A graded hazard enters the list when general or major; a minor one is fixed on the spot and recorded. */
    public static HazardStatus statusOnRegistration(Severity severity) {
        return severity == Severity.MINOR ? HazardStatus.RECORDED : HazardStatus.LISTED;
    }

    /** In the problem-and-hazard list (问题隐患清单): general and major, not removed; stays there when verified. */
    public static boolean isListed(Severity severity, HazardStatus status) {
        return severity != null && severity != Severity.MINOR
                && status != HazardStatus.REMOVED && status != HazardStatus.REPORTED;
    }

    /** Before a plan exists the time limit is the registration day plus the configured days (15 by default). */
    public static LocalDate defaultDeadline(LocalDate registeredOn, int days) {
        return registeredOn.plusDays(days);
    }

    /** The deadline has passed (today is after it) while the hazard is still open. */
    public static boolean isOverdue(LocalDate deadline, HazardStatus status, LocalDate today) {
        return deadline != null && OPEN.contains(status) && deadline.isBefore(today);
    }
}
