package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.state.StateAction;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

    /**
     * The actions that move a hazard, each with the statuses it may start from and the statuses it may lead to;
     * the names are the last path segment of their endpoints. The one shape of a state machine in the suite.
     */
    public enum Action implements StateAction<HazardStatus> {
        CLASSIFY("classification", EnumSet.of(HazardStatus.REPORTED),
                EnumSet.of(HazardStatus.LISTED, HazardStatus.RECORDED, HazardStatus.REMOVED)),
        PLAN("rectification-plan", EnumSet.of(HazardStatus.LISTED, HazardStatus.RECTIFYING),
                EnumSet.of(HazardStatus.RECTIFYING)),
        REPORT("rectification-report", EnumSet.of(HazardStatus.RECTIFYING),
                EnumSet.of(HazardStatus.PENDING_VERIFICATION)),
        VERIFY("verification", EnumSet.of(HazardStatus.PENDING_VERIFICATION),
                EnumSet.of(HazardStatus.VERIFIED, HazardStatus.RECTIFYING));

        private final String apiName;
        private final Set<HazardStatus> from;
        private final Set<HazardStatus> to;

        Action(String apiName, Set<HazardStatus> from, Set<HazardStatus> to) {
            this.apiName = apiName;
            this.from = from;
            this.to = to;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public Set<HazardStatus> sources() {
            return from;
        }

        @Override
        public Set<HazardStatus> targets() {
            return to;
        }

        /** The target, checked against the action's targets (a programming error otherwise). */
        public HazardStatus target(HazardStatus target) {
            if (!to.contains(target)) {
                throw new IllegalStateException(this + " cannot lead to " + target);
            }
            return target;
        }
    }

    /** Statuses in which a listed hazard still waits for its rectification (it can be overdue). */
    public static final Set<HazardStatus> OPEN = EnumSet.of(HazardStatus.LISTED, HazardStatus.RECTIFYING,
            HazardStatus.PENDING_VERIFICATION);

    private HazardRules() {
    }

    public static List<String> allowedActions(HazardStatus status) {
        return StateAction.allowedActions(Action.class, status);
    }

    public static boolean allows(HazardStatus status, Action action) {
        return action.allowedFrom(status);
    }

    /** 409 /problems/illegal-transition with the current status and what it allows. */
    public static void require(HazardStatus status, Action action) {
        action.require(status);
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

    /**
     * The time limit of a registered finding: the one its instruction printed ({@code rectifyBy}) for a general
     * or major finding, else (a minor one, or an event without it) the default from the registration day.
     */
    public static LocalDate deadlineOfFinding(Severity severity, LocalDate rectifyBy, LocalDate registeredOn,
                                              int days) {
        return rectifyBy != null && severity != Severity.MINOR ? rectifyBy : defaultDeadline(registeredOn, days);
    }

    /** The deadline has passed (today is after it) while the hazard is still open. */
    public static boolean isOverdue(LocalDate deadline, HazardStatus status, LocalDate today) {
        return deadline != null && OPEN.contains(status) && deadline.isBefore(today);
    }
}
