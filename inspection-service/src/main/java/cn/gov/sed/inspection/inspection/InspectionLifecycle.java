package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;

/**
 * The inspection state machine: PLANNED —start→ IN_PROGRESS —complete→ COMPLETED; photos and findings are
 * recorded only while IN_PROGRESS. Plain Java, tested without Quarkus.
 */
public final class InspectionLifecycle {

    /** What can be done to an inspection; {@code apiName} is what {@code allowedActions} lists. */
    public enum Action {
        START("start"),
        ADD_PHOTO("photos"),
        ADD_FINDING("findings"),
        COMPLETE("complete");

        private final String apiName;

        Action(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    private InspectionLifecycle() {
    }

    /** The status after the action, or empty when the action is not allowed from {@code current}. */
    static InspectionStatus next(InspectionStatus current, Action action) {
        return switch (current) {
            case PLANNED -> action == Action.START ? InspectionStatus.IN_PROGRESS : null;
            case IN_PROGRESS -> switch (action) {
                case ADD_PHOTO, ADD_FINDING -> InspectionStatus.IN_PROGRESS;
                case COMPLETE -> InspectionStatus.COMPLETED;
                case START -> null;
            };
            case COMPLETED -> null;
        };
    }

    public static List<String> allowedActions(InspectionStatus current) {
        return Arrays.stream(Action.values()).filter(a -> next(current, a) != null).map(Action::apiName).toList();
    }

    /** The status after the action; 409 /problems/illegal-transition with the allowed actions otherwise. */
    public static InspectionStatus apply(InspectionStatus current, Action action) {
        InspectionStatus next = next(current, action);
        if (next == null) {
            throw ProblemException.illegalTransition(action.apiName(), current, allowedActions(current));
        }
        return next;
    }
}
