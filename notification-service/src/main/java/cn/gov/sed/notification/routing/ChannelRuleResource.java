package cn.gov.sed.notification.routing;

import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/notification-rules")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "notification rules", description = "which events go out by e-mail and SMS besides the inbox")
@SecurityRequirement(name = "bearer")
public class ChannelRuleResource {
    @Inject
    EditingChannelRules rules;

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "listNotificationRules", summary = "The channel rules (a plain array)",
            description = "City and district-admin. Each rule: events of eventType and grade go out on its channels"
                    + " besides the inbox, to recipients who accept them and have an address; an event without a"
                    + " rule reaches the inbox only.")
    @APIResponse(responseCode = "200", description = "every rule", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChannelRuleView.class)))
    public List<ChannelRuleView> list() {
        return rules.all();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY)
    @Operation(operationId = "changeNotificationRules", summary = "Replace every channel rule",
            description = "City only. The rules given replace the current ones (a type and grade at most once);"
                    + " answers the rules as stored. Messages already queued are not changed.")
    @APIResponse(responseCode = "200", description = "every rule", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChannelRuleView.class)))
    @APIResponse(responseCode = "400", description = "an unknown event type or grade, a rule given twice")
    public List<ChannelRuleView> replace(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelRulesRequest.class),
            examples = @ExampleObject(name = "majorBySms", summary = "major hazards by SMS and e-mail",
                    value = "{\"rules\": [{\"eventType\": \"HazardRegistered\", \"grade\": \"MAJOR\","
                            + " \"channels\": [\"EMAIL\", \"SMS\"]}, {\"eventType\": \"HazardOverdue\","
                            + " \"grade\": \"DAY_3\", \"channels\": [\"EMAIL\", \"SMS\"]}]}")))
                                         @Valid @NotNull ChannelRulesRequest request) {
        return rules.replace(request);
    }
}
