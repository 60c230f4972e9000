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
@Tag(name = "operations", description = "运维: events the broker refused for good (parked), for the city's operators")
@Idempotent
public class ParkedEventsResource {
    @Inject
    ParkedEvents parked;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.CITY)
    @Operation(summary = "Events the broker refused for good, oldest first (at most 500)",
            description = "City only. Each parked event with its error, size and aggregate; later events of that "
                    + "aggregate wait behind it. includeDiscarded=true lists the discarded ones too.")
    public List<ParkedEvents.ParkedEvent> list(@QueryParam("includeDiscarded") @DefaultValue("false") boolean includeDiscarded) {
        return parked.list(includeDiscarded);
    }

    @POST
    @Path("/{eventId}/requeue")
    @RolesAllowed(Roles.CITY)
    @Operation(summary = "Send a parked event again, before the later events of its aggregate",
            description = "City only, once the cause is fixed (the broker's limit raised, the ACL granted). Answers "
                    + "the event, no longer parked; 404 when it is not parked.")
    public ParkedEvents.ParkedEvent requeue(@PathParam("eventId") UUID eventId) {
        return parked.requeue(eventId);
    }

    @POST
    @Path("/{eventId}/discard")
    @RolesAllowed(Roles.CITY)
    @Operation(summary = "Give a parked event up for good; the later events of its aggregate go on",
            description = "City only, when the event can never be delivered. It is kept with who discarded it and "
                    + "is never sent; 404 when it is not parked.")
    public ParkedEvents.ParkedEvent discard(@PathParam("eventId") UUID eventId) {
        return parked.discard(eventId, caller.sub());
    }
}
