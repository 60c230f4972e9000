package cn.gov.sed.notification.channels;

import cn.gov.sed.platform.state.StateAction;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of an e-mail or SMS message, in the shape of the webhook deliveries' ({@code DeliveryRules}):
 * <pre>
 *            queue                    send
 *   (event) ------> PENDING --claim--> PENDING (leased) -------> SENT
 *                                        |  back off (failed, attempts remain): PENDING again, later
 *                                        '  give up (the last attempt failed) --> FAILED
 * </pre>
 * The message is recorded before it is sent and marked after; a lease that runs out (the replica died in between)
 * makes it due again, so a crash repeats at most the messages that were in flight.
 */
public final class MessageRules {

    public enum Action implements StateAction<MessageStatus> {
        QUEUE(EnumSet.noneOf(MessageStatus.class), MessageStatus.PENDING),
        CLAIM(EnumSet.of(MessageStatus.PENDING), MessageStatus.PENDING),
        SEND(EnumSet.of(MessageStatus.PENDING), MessageStatus.SENT),
        BACK_OFF(EnumSet.of(MessageStatus.PENDING), MessageStatus.PENDING),
        GIVE_UP(EnumSet.of(MessageStatus.PENDING), MessageStatus.FAILED);

        private final Set<MessageStatus> from;
        private final MessageStatus target;

        Action(Set<MessageStatus> from, MessageStatus target) {
            this.from = from;
            this.target = target;
        }

        @Override
        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** All moves are the dispatcher's; none is offered to clients. */
        @Override
        public boolean listed() {
            return false;
        }

        @Override
        public Set<MessageStatus> sources() {
            return from;
        }

        @Override
        public Set<MessageStatus> targets() {
            return Set.of(target);
        }
    }

    private MessageRules() {
    }

    /** What an attempt's outcome does: sent, or failed and then given up after the last of {@code maxAttempts}. */
    public static Action afterAttempt(boolean succeeded, int attemptsMade, int maxAttempts) {
        if (succeeded) {
            return Action.SEND;
        }
        return attemptsMade >= maxAttempts ? Action.GIVE_UP : Action.BACK_OFF;
    }
}
