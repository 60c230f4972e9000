package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.state.StateAction;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of a post on a social channel, the same shape as a webhook delivery's
 * ({@link cn.gov.sed.notification.webhook.DeliveryRules}):
 * <pre>
 *   publish --record--> PENDING --claim (lease)--> PENDING --post--> POSTED
 *           \                          back off (failed, attempts remain): PENDING again, later
 *            \                         give up (the last attempt failed) ---> FAILED
 *             '--skip (no account configured) --> SKIPPED
 * </pre>
 * The moves run as set-based SQL with leases ({@link ChannelPostLedger}); its statements take the statuses from here.
 */
public final class ChannelPostRules {

    public enum Action implements StateAction<ChannelPostStatus> {
        /** Publishing owes the channel a post: recorded in the publishing transaction. */
        RECORD(EnumSet.noneOf(ChannelPostStatus.class), ChannelPostStatus.PENDING),
        /** No account is configured for the channel: nothing to send. */
        SKIP(EnumSet.noneOf(ChannelPostStatus.class), ChannelPostStatus.SKIPPED),
        /** The dispatcher leases a due post for one attempt (the status stays; the lease marks it). */
        CLAIM(EnumSet.of(ChannelPostStatus.PENDING), ChannelPostStatus.PENDING),
        /** The platform accepted the post. */
        POST(EnumSet.of(ChannelPostStatus.PENDING), ChannelPostStatus.POSTED),
        /** The attempt failed and attempts remain: due again after a back-off. */
        BACK_OFF(EnumSet.of(ChannelPostStatus.PENDING), ChannelPostStatus.PENDING),
        /** The last attempt failed. */
        GIVE_UP(EnumSet.of(ChannelPostStatus.PENDING), ChannelPostStatus.FAILED);

        private final Set<ChannelPostStatus> from;
        private final ChannelPostStatus target;

        Action(Set<ChannelPostStatus> from, ChannelPostStatus target) {
            this.from = from;
            this.target = target;
        }

        @Override
        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** All moves are the dispatcher's: none is offered to a client. */
        @Override
        public boolean listed() {
            return false;
        }

        @Override
        public Set<ChannelPostStatus> sources() {
            return from;
        }

        @Override
        public Set<ChannelPostStatus> targets() {
            return Set.of(target);
        }

        public ChannelPostStatus target() {
            return target;
        }
    }

    private ChannelPostRules() {
    }

    /** What publishing records for a social channel: a pending post, or skipped when no account is configured. */
    public static Action onPublish(boolean configured) {
        return configured ? Action.RECORD : Action.SKIP;
    }

    /** What an attempt's outcome does: posted, or failed, then given up after the last of {@code maxAttempts}. */
    public static Action afterAttempt(boolean succeeded, int attemptsMade, int maxAttempts) {
        if (succeeded) {
            return Action.POST;
        }
        return attemptsMade >= maxAttempts ? Action.GIVE_UP : Action.BACK_OFF;
    }
}
