package cn.gov.sed.notification.inbox;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Authenticated
@Tag(name = "notifications", description = "the inbox of every user: notifications of hazards, inspections and tasks")
@SecurityRequirement(name = "bearer")
public class InboxResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "type", "type");

    @Inject
    ReadingTheInbox inbox;
    @Inject
    MarkingNotificationsRead reading;

    @GET
    @Path("/inbox")
    @Authenticated
    @Operation(operationId = "listInbox",
            summary = "The caller's inbox, newest first: addressed to its user, unit, department or role",
            description = "Any authenticated caller. Answers a page {items, page, size, total} of the notifications"
                    + " addressed to the caller's user, unit, department (with its district) or role in its"
                    + " district, newest first; unreadOnly=true leaves out those the caller has read.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad paging value or unreadOnly not true/false")
    @APIResponse(responseCode = "401", description = "no or bad token")
    public PageResponse<NotificationView> inbox(@Parameter(description = "true: leave out what the caller has read"
                                                        + " (true or false; anything else is 400)",
                                                        schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                                @QueryParam("unreadOnly") String unreadOnly,
                                                @BeanParam PageParams page) {
        QueryParams q = new QueryParams();
        Boolean unread = q.bool(unreadOnly, "unreadOnly");
        q.throwIfAny();
        PageRequest request = PageRequest.of(page, SORTABLE, "-createdAt");
        return inbox.inbox(Boolean.TRUE.equals(unread), request);
    }

    @POST
    @Path("/{id}/read")
    @Authenticated
    @Operation(operationId = "markNotificationRead",
            summary = "Mark a notification of the caller's inbox read (for the caller only)",
            description = "Any authenticated caller, for a notification in its own inbox (404 otherwise). Read"
                    + " state is per user; answers the notification with the caller's readAt.")
    @APIResponse(responseCode = "200", description = "the notification with the caller's readAt")
    @APIResponse(responseCode = "404", description = "not in the caller's inbox")
    public NotificationView read(@Parameter(description = "the notification's id (a UUID; anything else is 404)",
                                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                 @PathParam("id") String id) {
        if (!QueryParams.isUuid(id)) {
            throw ProblemException.notFound("notification");
        }
        return reading.markRead(UUID.fromString(id));
    }
}
