package cn.gov.sed.notification.webhook;

import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "webhooks", description = "subscriptions of other government systems and the deliveries they were sent")
@SecurityRequirement(name = "bearer")
public class SubscriptionResource {
    private static final Map<String, String> SUBSCRIPTION_SORT = Map.of("createdAt", "createdAt", "url", "url");
    private static final Map<String, String> DELIVERY_SORT = Map.of("createdAt", "createdAt", "status", "status");

    @Inject
    SubscribingWebhooks subscriptions;
    @Inject
    TrackingDeliveries tracking;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY, Roles.DEPARTMENT})
    @Operation(operationId = "createSubscription", summary = "Subscribe a webhook to event types",
            description = "City and department callers (a department token needs its department claim); answers"
                    + " the subscription without its secret. The url must be https and its host public: a host"
                    + " that is or resolves to a loopback,"
                    + " private, link-local, multicast or unspecified address is refused (hosts of the configured"
                    + " allow-list excepted). Registration never contacts the receiver. A department may subscribe"
                    + " to hazard events only and receives those of the hazards it reported (in its district when"
                    + " it has one). Each delivery carries ce_* headers, X-Signature: sha256=<hex HMAC-SHA256 of the"
                    + " body>, X-Sed-Timestamp (Unix seconds) and X-Sed-Signature: sha256=<hex HMAC-SHA256 of"
                    + " \"<timestamp>.<ce_id>.<body>\">; receivers should reject timestamps older than 5 minutes.")
    @APIResponse(responseCode = "201", description = "the subscription (without its secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "not an https URL or not a public host, an unknown event type or"
            + " one the caller may not receive, a short secret")
    @APIResponse(responseCode = "403", description = "a department token without a department claim")
    public Response subscribe(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "hazardEvents", summary = "a department's system wants its hazards' events",
                    value = "{\"url\": \"https://webhooks.example.org/tianjin/sed-events\","
                            + " \"eventTypes\": [\"HazardRegistered\", \"HazardRemoved\", \"RectificationVerified\"],"
                            + " \"secret\": \"k3Vq9ZrT7pLx2MwN8sYb4HdF\"}")))
                              @Valid @NotNull SubscriptionRequest request) {
        SubscriptionView view = subscriptions.subscribe(request);
        return Created.at(uriInfo, view.id(), view);
    }

    @GET
    @Path("/subscriptions")
    @RolesAllowed({Roles.CITY, Roles.DEPARTMENT})
    @Operation(operationId = "listSubscriptions",
            summary = "The caller's subscriptions (a department's own; the city sees all)",
            description = "City and department callers. A department sees the subscriptions of its department code"
                    + " and district only, the city sees all; answers a page {items, page, size, total}, newest"
                    + " first by default, without secrets.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public PageResponse<SubscriptionView> list(@BeanParam PageParams page) {
        return subscriptions.list(PageRequest.of(page, SUBSCRIPTION_SORT, "-createdAt"));
    }

    @GET
    @Path("/subscriptions/{id}")
    @RolesAllowed({Roles.CITY, Roles.DEPARTMENT})
    @Operation(operationId = "getSubscription", summary = "One subscription (where a create's Location points)",
            description = "City and department callers, for a subscription of their own scope (the city: any);"
                    + " answers it without its secret. A subscription outside the caller's scope is 404.")
    @APIResponse(responseCode = "200", description = "the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "no such subscription of the caller")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @RolesAllowed({Roles.CITY, Roles.DEPARTMENT})
    @Operation(operationId = "deleteSubscription", summary = "Unsubscribe: no further deliveries",
            description = "City and department callers, for a subscription of their own scope (the city: any);"
                    + " answers 204 and no further deliveries are made. A subscription outside the caller's scope"
                    + " is 404.")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such subscription of the caller")
    public void unsubscribe(@PathParam("id") UUID id) {
        subscriptions.unsubscribe(id);
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed({Roles.CITY, Roles.DEPARTMENT})
    @Operation(operationId = "listDeliveries", summary = "Deliveries of the caller's webhook subscriptions",
            description = "City and department callers; a department sees the deliveries of its own subscriptions,"
                    + " the city all. Answers a page {items, page, size, total}, newest first, optionally filtered"
                    + " by status, e.g. ?status=FAILED (REFUSED: not sent, the target resolved to an address that"
                    + " is not public).")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "an unknown status, a bad paging value")
    public PageResponse<DeliveryView> deliveries(@Parameter(description = "only deliveries in this status (400 for"
                                                         + " another value)",
                                                         schema = @Schema(implementation = DeliveryStatus.class))
                                                 @QueryParam("status") String status,
                                                 @BeanParam PageParams page) {
        QueryParams q = new QueryParams();
        DeliveryStatus parsed = q.enumOf(DeliveryStatus.class, status, "status");
        q.throwIfAny();
        return tracking.deliveries(parsed, PageRequest.of(page, DELIVERY_SORT, "-createdAt"));
    }

    @POST
    @Path("/deliveries/{id}/retry")
    @RolesAllowed({Roles.CITY, Roles.DEPARTMENT})
    @Operation(operationId = "retryDelivery",
            summary = "Send a delivery again (manual re-send), whatever its status; attempts count from zero",
            description = "City and department callers, for a delivery of a subscription in their scope (404"
                    + " otherwise). Answers the delivery, due again, with its attempts reset to zero.")
    @APIResponse(responseCode = "200", description = "the delivery, due again")
    @APIResponse(responseCode = "404", description = "no such delivery of the caller's subscriptions")
    public DeliveryView retry(@Parameter(in = ParameterIn.PATH, description = "the delivery, as listDeliveries answers"
                                      + " it (no request body)", example = "5b2f0c1e-7a4d-4c8e-9f31-2d6b8e0a4c77")
                              @PathParam("id") UUID id) {
        return tracking.retry(id);
    }
}
