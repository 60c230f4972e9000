package cn.gov.sed.platform.state;

import cn.gov.sed.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one shape of a state machine in the suite: an enum of the actions that move an aggregate, each naming the
 * statuses it may start from ({@link #sources()}) and the statuses it may lead to ({@link #targets()}).
 * The aggregate's methods call {@link #apply}; an action the current status does not allow is
 * 409 {@code /problems/illegal-transition} naming {@code currentStatus} and the {@code allowedActions}.
 * <pre>
 * enum Action implements StateAction&lt;HazardStatus&gt; {
 *     REPORT("rectification-report", EnumSet.of(RECTIFYING), EnumSet.of(PENDING_VERIFICATION)); …
 * }
 * status = Action.REPORT.apply(status);
 * </pre>
 *
 * @param <S> the aggregate's status enum
 */
public interface StateAction<S extends Enum<S>> {

    /** What {@code allowedActions} lists: the last path segment of the action's endpoint. */
    String apiName();

    /** The statuses the action may start from. */
    Set<S> sources();

    /** The statuses the action may lead to (one for most actions). */
    Set<S> targets();

    /** Whether a 409 lists this action among the allowed ones (false for actions no client calls directly). */
    default boolean listed() {
        return true;
    }

    default boolean allowedFrom(S status) {
        return sources().contains(status);
    }

    /** 409 /problems/illegal-transition unless {@code current} allows this action. */
    default void require(S current) {
        if (!allowedFrom(current)) {
            throw ProblemException.illegalTransition(apiName(), current, allowedActions(actionsOf(this), current));
        }
    }

    /** The status after this action from {@code current}: its one target (409 when not allowed). */
    default S apply(S current) {
        require(current);
        if (targets().size() != 1) {
            throw new IllegalStateException(this + " leads to one of " + targets() + ": name the target");
        }
        return targets().iterator().next();
    }

    /** The status after this action when it may lead to several: {@code chosen}, which must be one of them. */
    default S apply(S current, S chosen) {
        require(current);
        if (!targets().contains(chosen)) {
            throw new IllegalStateException(this + " cannot lead to " + chosen); // a programming error, not a 4xx
        }
        return chosen;
    }

    /**
     * The statuses the action starts from as an SQL list ({@code 'PENDING', 'FAILED'}), for the {@code status IN (…)}
     * of a set-based move (a dispatcher's claim, a retry): literals of the enum's own names, never input, so the rule
     * is written once, here, and the SQL follows it.
     */
    default String sourcesSql() {
        if (sources().isEmpty()) {
            throw new IllegalStateException(this + " starts from no status: it creates the record");
        }
        return sources().stream().sorted().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    /** The one status the action leads to, as an SQL literal. */
    default String targetSql() {
        if (targets().size() != 1) {
            throw new IllegalStateException(this + " leads to one of " + targets() + ": no single SQL target");
        }
        return "'" + targets().iterator().next().name() + "'";
    }

    /** The API names of the listed actions {@code current} allows, in the enum's order. */
    static <S extends Enum<S>, A extends Enum<A> & StateAction<S>> List<String> allowedActions(Class<A> actions,
                                                                                             S current) {
        return allowedActions(Arrays.asList(actions.getEnumConstants()), current);
    }

    private static <S extends Enum<S>> List<String> allowedActions(List<? extends StateAction<S>> actions,
                                                                   S current) {
        return actions.stream().filter(a -> a.listed() && a.allowedFrom(current)).map(StateAction::apiName).toList();
    }

    @SuppressWarnings("unchecked")
    private static <S extends Enum<S>> List<? extends StateAction<S>> actionsOf(StateAction<S> action) {
        Object[] all = ((Enum<?>) action).getDeclaringClass().getEnumConstants();
        return Arrays.stream(all).map(a -> (StateAction<S>) a).toList();
    }
}
