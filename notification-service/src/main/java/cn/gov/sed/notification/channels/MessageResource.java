package cn.gov.sed.notification.channels;

import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Authenticated
@Tag(name = "messages", description = "e-mails and SMS that went out (or are waiting), with the gateway's answers")
@SecurityRequirement(name = "bearer")
public class MessageResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status",
            "channel", "channel");

    @Inject
    TrackingMessages messages;

    @GET
    @Authenticated
    @Operation(operationId = "listMessages", summary = "E-mails and SMS of the caller's scope, newest first",
            description = "Any authenticated caller: the city sees all, a district bureau those about its district's"
                    + " matters, everyone else those addressed to it (as its inbox). Answers a page {items, page,"
                    + " size, total}, optionally filtered by channel, status and subject (the hazard, task,"
                    + " inspection or unit id).")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "an unknown channel or status, a bad paging value")
    public PageResponse<MessageView> list(@Parameter(description = "EMAIL or SMS",
                                                  schema = @Schema(implementation = MessageChannel.class))
                                          @QueryParam("channel") String channel,
                                          @Parameter(description = "PENDING, SENT or FAILED",
                                                  schema = @Schema(implementation = MessageStatus.class))
                                          @QueryParam("status") String status,
                                          @Parameter(description = "only messages about this item",
                                                  schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                                          @QueryParam("subject") String subject,
                                          @BeanParam PageParams page) {
        QueryParams q = new QueryParams();
        MessageChannel c = q.enumOf(MessageChannel.class, channel, "channel");
        MessageStatus s = q.enumOf(MessageStatus.class, status, "status");
        q.throwIfAny();
        return messages.list(c, s, QueryParams.blankToNull(subject), PageRequest.of(page, SORTABLE, "-createdAt"));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getMessage", summary = "One e-mail or SMS of the caller's scope",
            description = "Any authenticated caller, for a message of its scope (as listMessages); 404 otherwise.")
    @APIResponse(responseCode = "200", description = "the message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "no such message in the caller's scope")
    public MessageView get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                           @PathParam("id") String id) {
        if (!QueryParams.isUuid(id)) {
            throw ProblemException.notFound("message");
        }
        return messages.get(UUID.fromString(id));
    }
}
