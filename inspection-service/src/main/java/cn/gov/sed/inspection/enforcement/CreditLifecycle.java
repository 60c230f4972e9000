package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.platform.state.StateAction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.gov.sed.inspection.enforcement.CreditStatus.BLACKLISTED;
import static cn.gov.sed.inspection.enforcement.CreditStatus.NORMAL;

/**
 * A unit's credit standing (信用状态): NORMAL —blacklist→ BLACKLISTED —credit-repair→ NORMAL. Each action names
 * the statuses it is allowed from and the status it leads to. Plain Java, tested without Quarkus;
 * {@code Unit.blacklist} and {@code Unit.repairCredit} apply it.
 */
public final class CreditLifecycle {

    /** What moves a unit's credit status; {@code apiName} is what {@code allowedActions} lists. */
    public enum Action implements StateAction<CreditStatus> {
        BLACKLIST("blacklist", EnumSet.of(NORMAL), BLACKLISTED),
        REPAIR("credit-repair", EnumSet.of(BLACKLISTED), NORMAL);

        private final String apiName;
        private final Set<CreditStatus> from;
        private final CreditStatus to;

        Action(String apiName, Set<CreditStatus> from, CreditStatus to) {
            this.apiName = apiName;
            this.from = from;
            this.to = to;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public Set<CreditStatus> sources() {
            return from;
        }

        @Override
        public Set<CreditStatus> targets() {
            return Set.of(to);
        }
    }

    private CreditLifecycle() {
    }

    public static List<String> allowedActions(CreditStatus current) {
        return StateAction.allowedActions(Action.class, current);
    }

    /** The status after the action; 409 /problems/illegal-transition with the allowed actions otherwise. */
    public static CreditStatus apply(CreditStatus current, Action action) {
        return action.apply(current);
    }
}
