package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "ChannelPost", description = "a publication's post on one social channel: status PENDING 待推送 (due"
        + " or being retried), POSTED 已推送, FAILED 推送失败 (after the last attempt), SKIPPED 未配置渠道 (no account"
        + " was configured for the channel when it was published)")
public record ChannelPostView(Channel channel, ChannelPostStatus status,
                              @Schema(description = "attempts made so far") int attempts,
                              @Schema(nullable = true, description = "the platform's id of the post; null until POSTED"
                                      + " or when the platform named none")
                              String postId,
                              @Schema(nullable = true, description = "the platform's last answer (up to 1,000"
                                      + " characters); null before the first attempt")
                              String answer,
                              @Schema(nullable = true, description = "why the last attempt failed; null when it did"
                                      + " not")
                              String lastError,
                              @Schema(nullable = true, description = "when the last attempt was made")
                              OffsetDateTime lastAttemptAt,
                              @Schema(nullable = true, description = "when the platform accepted it; null before")
                              OffsetDateTime postedAt,
                              @Schema(nullable = true, description = "when the next attempt is due; null unless"
                                      + " PENDING")
                              OffsetDateTime nextAttemptAt) {
    static ChannelPostView of(ChannelPost p) {
        return new ChannelPostView(p.channel, p.status, p.attempts, p.postId, p.answer, p.lastError,
                Zones.shanghai(p.lastAttemptAt), Zones.shanghai(p.postedAt),
                p.status == ChannelPostStatus.PENDING ? Zones.shanghai(p.nextAttemptAt) : null);
    }
}
