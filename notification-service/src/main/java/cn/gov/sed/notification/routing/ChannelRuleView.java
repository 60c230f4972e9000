package cn.gov.sed.notification.routing;

import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One rule, as read and as written. */
@Schema(name = "ChannelRule", description = "events of eventType and grade go out on these channels besides the"
        + " inbox; grade is the severity (MINOR, GENERAL, MAJOR) of HazardRegistered and RectificationVerified, the"
        + " level (DAY_0, DAY_3, DAY_7) of HazardOverdue, or * for every grade")
public record ChannelRuleView(@NotNull @Size(max = Limits.NAME) @Schema(examples = "HazardRegistered") String eventType,
                              @NotNull @Size(max = Limits.NAME) @Schema(examples = "MAJOR") String grade,
                              @NotNull @Size(max = 2) @Schema(description = "none: inbox only")
                              List<@NotNull MessageChannel> channels) {
    static ChannelRuleView of(ChannelRule rule) {
        return new ChannelRuleView(rule.eventType, rule.grade, rule.channelSet().stream().sorted().toList());
    }
}
