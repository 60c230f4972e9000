package cn.gov.sed.notification.webhook;

import cn.gov.sed.platform.state.StateAction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The life of a webhook delivery (the suite's one shape of a state machine: an enum of actions, each with the
 * statuses it starts from and the status it leads to). Plain Java, so the rules are tested without Quarkus.
 * <pre>
 *            queue                     deliver
 *   (event) ------> PENDING --claim--> PENDING (leased) ---------> DELIVERED
 *                      ^                 |  back off (attempt failed, more to come): PENDING again, later
 *                      |                 |  give up (the last attempt failed) ------> FAILED
 *                      |                 '  refuse (the host is not public) --------> REFUSED
 *                      '------------------- retry (by hand, from any status)
 * </pre>
 * The moves run as set-based SQL with leases ({@link DeliveryLedger}, {@link QueuingDeliveries},
 * {@link TrackingDeliveries}); their statements take the statuses from here ({@link Action#sourcesSql()},
 * {@link Action#targetSql()}), so the rule is written once.
 */
public final class DeliveryRules {

    public enum Action implements StateAction<DeliveryStatus> {
        /** An event owes a subscriber a delivery: it waits for its first attempt. */
        QUEUE(EnumSet.noneOf(DeliveryStatus.class), DeliveryStatus.PENDING),
        /** A dispatcher leases a due delivery for one attempt (the status stays; the lease marks it). */
        CLAIM(EnumSet.of(DeliveryStatus.PENDING), DeliveryStatus.PENDING),
        /** The receiver answered 2xx. */
        DELIVER(EnumSet.of(DeliveryStatus.PENDING), DeliveryStatus.DELIVERED),
        /** The attempt failed and attempts remain: due again after a back-off. */
        BACK_OFF(EnumSet.of(DeliveryStatus.PENDING), DeliveryStatus.PENDING),
        /** The last attempt failed. */
        GIVE_UP(EnumSet.of(DeliveryStatus.PENDING), DeliveryStatus.FAILED),
        /** Not sent: the target resolved to an address that is not public (API.md v1.1). */
        REFUSE(EnumSet.of(DeliveryStatus.PENDING), DeliveryStatus.REFUSED),
        /** A re-send by hand ({@code POST /deliveries/{id}/retry}): whatever its status, attempts count anew. */
        RETRY(EnumSet.allOf(DeliveryStatus.class), DeliveryStatus.PENDING);

        private final Set<DeliveryStatus> from;
        private final DeliveryStatus target;

        Action(Set<DeliveryStatus> from, DeliveryStatus target) {
            this.from = from;
            this.target = target;
        }

        /** The retry's endpoint segment; the other moves are the dispatcher's, named after themselves. */
        @Override
        public String apiName() {
            return this == RETRY ? "retry" : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** Only a retry is something a client asks for; the dispatcher's moves are never offered. */
        @Override
        public boolean listed() {
            return this == RETRY;
        }

        @Override
        public Set<DeliveryStatus> sources() {
            return from;
        }

        @Override
        public Set<DeliveryStatus> targets() {
            return Set.of(target);
        }

        public DeliveryStatus target() {
            return target;
        }
    }

    private DeliveryRules() {
    }

    /**
     * What an attempt's outcome does to the delivery: refused (not sent), delivered (a 2xx), or failed, then given
     * up when it was the last of {@code maxAttempts} and backed off otherwise.
     */
    public static Action afterAttempt(boolean refused, boolean succeeded, int attemptsMade, int maxAttempts) {
        if (refused) {
            return Action.REFUSE;
        }
        if (succeeded) {
            return Action.DELIVER;
        }
        return attemptsMade >= maxAttempts ? Action.GIVE_UP : Action.BACK_OFF;
    }

    /** The actions {@code current} allows (for tests and messages). */
    public static Set<Action> allowedActions(DeliveryStatus current) {
        return Arrays.stream(Action.values()).filter(a -> a.allowedFrom(current))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class)));
    }
}
