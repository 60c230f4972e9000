package cn.gov.sed.notification.publicity;

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

@Path("/api/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
@Tag(name = "publicity", description = "宣传: work updates, safety knowledge, warning exposures; reviewed before publication")
@SecurityRequirement(name = "bearer")
public class PublicationResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status");

    @Inject
    DraftingPublications drafting;
    @Inject
    ReviewingPublications reviewing;
    @Inject
    FindingPublications publications;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPublication", summary = "Draft a publication (DRAFT)",
            description = "The city, or a district bureau (district-admin) for its own district; answers the new"
                    + " publication in status DRAFT.")
    @APIResponse(responseCode = "201", description = "the draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", description = "validation problem (a text or the channels over their limit,"
            + " an unknown district …)")
    @APIResponse(responseCode = "403", description = "a district outside the caller's scope")
    public Response draft(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicationRequest.class),
            examples = @ExampleObject(name = "safetyKnowledge", summary = "安全知识：电梯安全乘梯小常识（河西区）",
                    value = "{\"type\": \"SAFETY_KNOWLEDGE\", \"title\": \"电梯安全乘梯小常识\","
                            + " \"body\": \"乘坐电梯时请勿倚靠轿门、勿超载；遇到困梯请保持冷静，按下警铃或拨打轿厢内的应急救援"
                            + "电话，切勿强行扒门。\", \"channels\": [\"WECHAT\", \"WEBSITE\"], \"district\": \"120103\"}")))
                          @Valid @NotNull PublicationRequest request) {
        PublicationView view = drafting.draft(request);
        return Created.at(uriInfo, view.id(), view);
    }

    @GET
    @Operation(operationId = "listPublications",
            summary = "Publications of the caller's scope, newest first; filters status, type",
            description = "The city (all publications) or a district bureau (district-admin, its district's)."
                    + " Answers a page {items, page, size, total}, newest first, optionally filtered by status and"
                    + " type.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "an unknown status or type, a bad paging value")
    public PageResponse<PublicationView> list(@Parameter(description = "only publications in this status (400 for"
                                                      + " another value)",
                                                      schema = @Schema(implementation = PublicationStatus.class))
                                              @QueryParam("status") String status,
                                              @Parameter(description = "only publications of this type (400 for"
                                                      + " another value)",
                                                      schema = @Schema(implementation = PublicationType.class))
                                              @QueryParam("type") String type,
                                              @BeanParam PageParams page) {
        QueryParams q = new QueryParams();
        PublicationStatus s = q.enumOf(PublicationStatus.class, status, "status");
        PublicationType t = q.enumOf(PublicationType.class, type, "type");
        q.throwIfAny();
        return publications.list(s, t, PageRequest.of(page, SORTABLE, "-createdAt"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublication", summary = "One publication",
            description = "The city, or a district bureau (district-admin) for a publication of its district (404"
                    + " otherwise). Answers the publication with its ETag.")
    @APIResponse(responseCode = "200", description = "the publication, with ETag")
    @APIResponse(responseCode = "404", description = "not in the caller's scope")
    public PublicationView get(@PathParam("id") UUID id) {
        return publications.get(id);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitPublication", summary = "Submit a draft for review: DRAFT → PENDING_REVIEW",
            description = "The city, or a district bureau (district-admin) for a publication of its district."
                    + " Answers the publication, now pending review; 409 when it is not a draft.")
    @APIResponse(responseCode = "200", description = "the publication")
    @APIResponse(responseCode = "409", description = "not a draft")
    public PublicationView submit(@PathParam("id") UUID id) {
        return reviewing.submit(id);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approvePublication",
            summary = "PENDING_REVIEW → APPROVED, by a reviewer who is not the author",
            description = "The city, or a district bureau (district-admin) for a publication of its district, but"
                    + " never its author (403). Answers the approved publication; 409 when it is not pending"
                    + " review.")
    @APIResponse(responseCode = "200", description = "the publication")
    @APIResponse(responseCode = "403", description = "the caller is the publication's author (another reviewer approves)")
    @APIResponse(responseCode = "409", description = "not pending review")
    public PublicationView approve(@PathParam("id") UUID id) {
        return reviewing.approve(id);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishPublication",
            summary = "Publish an approved publication: APPROVED → PUBLISHED",
            description = "The city, or a district bureau (district-admin) for a publication of its district."
                    + " Answers the published publication; 409 when it is not approved.")
    @APIResponse(responseCode = "200", description = "the publication")
    @APIResponse(responseCode = "409", description = "not approved")
    public PublicationView publish(@PathParam("id") UUID id) {
        return reviewing.publish(id);
    }
}
