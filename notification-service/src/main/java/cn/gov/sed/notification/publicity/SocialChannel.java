package cn.gov.sed.notification.publicity;

/**
 * An outbound adapter to one social platform (WeChat, Weibo, Douyin), reached through the webhook of the operator's
 * account ({@link ChannelAccounts}). Each says how its platform wants the post and how it answers.
 */
public interface SocialChannel {
    Channel channel();

    /** Sends {@code post} once, blocking at most the configured deadline; never throws for the platform's faults. */
    Outcome post(ChannelAccounts.Account account, OutgoingPost post);

    /** One attempt: accepted (with the platform's post id when it named one) or failed (with why). */
    record Outcome(boolean accepted, Integer statusCode, String postId, String answer, String error) {
        public static Outcome accepted(int statusCode, String postId, String answer) {
            return new Outcome(true, statusCode, postId, answer, null);
        }

        public static Outcome failed(Integer statusCode, String answer, String error) {
            return new Outcome(false, statusCode, null, answer, error);
        }
    }
}
