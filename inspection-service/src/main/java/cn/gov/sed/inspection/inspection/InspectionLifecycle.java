package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.state.StateAction;

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
    public enum Action implements StateAction<InspectionStatus> {
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

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public Set<InspectionStatus> sources() {
            return from;
        }

        @Override
        public Set<InspectionStatus> targets() {
            return Set.of(to);
        }
    }

    private InspectionLifecycle() {
    }

    public static List<String> allowedActions(InspectionStatus current) {
        return StateAction.allowedActions(Action.class, current);
    }

    /** The status after the action; 409 /problems/illegal-transition with the allowed actions otherwise. */
    public static InspectionStatus apply(InspectionStatus current, Action action) {
        return action.apply(current);
    }
}
