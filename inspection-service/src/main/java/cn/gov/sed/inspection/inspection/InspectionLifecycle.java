package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.gov.sed.inspection.inspection.InspectionStatus.COMPLETED;
import static cn.gov.sed.inspection.inspection.InspectionStatus.IN_PROGRESS;
import static cn.gov.sed.inspection.inspection.InspectionStatus.PLANNED;

/**
 * The inspection state machine: PLANNED —start→ IN_PROGRESS —complete→ COMPLETED; photos and findings are
 * recorded only while IN_PROGRESS. Each action names the statuses it is allowed from and the status it leads to.
 * Plain Java, tested without Quarkus; {@link Inspection}'s methods apply it.
 */
public final class InspectionLifecycle {

    /** What can be done to an inspection; {@code apiName} is what {@code allowedActions} lists. */
    public enum Action {
        START("start", EnumSet.of(PLANNED), IN_PROGRESS),
        ADD_PHOTO("photos", EnumSet.of(IN_PROGRESS), IN_PROGRESS),
        ADD_FINDING("findings", EnumSet.of(IN_PROGRESS), IN_PROGRESS),
        COMPLETE("complete", EnumSet.of(IN_PROGRESS), COMPLETED);

        private final String apiName;
        private final Set<InspectionStatus> from;
        private final InspectionStatus to;

        Action(String apiName, Set<InspectionStatus> from, InspectionStatus to) {
            this.apiName = apiName;
            this.from = from;
            this.to = to;
        }

        public String apiName() {
            return apiName;
        }

        public boolean allowedFrom(InspectionStatus status) {
            return from.contains(status);
        }

        public InspectionStatus target() {
            return to;
        }
    }

    private InspectionLifecycle() {
    }

    public static List<String> allowedActions(InspectionStatus current) {
        return Arrays.stream(Action.values()).filter(a -> a.allowedFrom(current)).map(Action::apiName).toList();
    }

    /** The status after the action; 409 /problems/illegal-transition with the allowed actions otherwise. */
    public static InspectionStatus apply(InspectionStatus current, Action action) {
        if (!action.allowedFrom(current)) {
            throw ProblemException.illegalTransition(action.apiName(), current, allowedActions(current));
        }
        return action.target();
    }
}
