package cn.gov.sed.notification.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The whole set of channel rules, replacing the current one. */
@Schema(name = "ChannelRulesRequest", description = "every channel rule; events without a rule reach the inbox only")
public record ChannelRulesRequest(@NotNull @Size(max = 100) List<@Valid @NotNull ChannelRuleView> rules) {
}
