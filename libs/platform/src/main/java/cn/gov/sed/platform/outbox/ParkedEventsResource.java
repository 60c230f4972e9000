package cn.gov.sed.platform.outbox;

import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Operations on the events the broker refused for good (parked): every service has these, city only. The
 * README's runbook says when to re-queue (the cause is fixed: the broker's limit raised, the ACL granted) and
 * when to discard (the event can never be delivered; its consumers must be told by other means).
 */
@Path("/api/v1/outbox/parked-events")
@Tag(name = "operations")
@Idempotent
public class ParkedEventsResource {
    @Inject
    ParkedEvents parked;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.CITY)
    @Operation(summary = "Events the broker refused for good, oldest first (at most 500)")
    public List<ParkedEvents.ParkedEvent> list(@QueryParam("includeDiscarded") @DefaultValue("false") boolean includeDiscarded) {
        return parked.list(includeDiscarded);
    }

    @POST
    @Path("/{eventId}/requeue")
    @RolesAllowed(Roles.CITY)
    @Operation(summary = "Send a parked event again, before the later events of its aggregate")
    public ParkedEvents.ParkedEvent requeue(@PathParam("eventId") UUID eventId) {
        return parked.requeue(eventId);
    }

    @POST
    @Path("/{eventId}/discard")
    @RolesAllowed(Roles.CITY)
    @Operation(summary = "Give a parked event up for good; the later events of its aggregate go on")
    public ParkedEvents.ParkedEvent discard(@PathParam("eventId") UUID eventId) {
        return parked.discard(eventId, caller.sub());
    }
}
