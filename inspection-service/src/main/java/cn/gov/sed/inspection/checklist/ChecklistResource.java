package cn.gov.sed.inspection.checklist;

import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/checklist-items")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Checklist", description = "检查内容与隐患标准")
public class ChecklistResource {
    @Inject
    FindingChecklistItems checklist;
    @Inject
    ExtendingTheChecklist extending;
    @Inject
    RetiringChecklistItems retiring;

    @GET
    @PermitAll
    @Operation(operationId = "listChecklistItems",
            summary = "Checklist items for a category: its own, its ancestors' and those for all ('*'); all without"
            + " a category (open, unpaged)",
            description = "Open without a token. Answers an unpaged array of checklist items: with `category`, the "
            + "items for that code, its ancestors and `*`; without it, the whole catalogue, retired items included.")
    @APIResponse(responseCode = "200", description = "an array of items")
    @APIResponse(responseCode = "400", description = "unknown category (/problems/validation)")
    public List<ChecklistItemView> list(@QueryParam("category")
                                        @Parameter(description = "a code of the equipment catalogue: the items for it, "
                                                + "its ancestors and '*'; an unknown code is 400",
                                                schema = @Schema(type = SchemaType.STRING), example = "3110")
                                        String category) {
        return checklist.list(category);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getChecklistItem",
            summary = "One checklist item (open)",
            description = "Open without a token. Answers one checklist item by its code, retired or not.")
    @APIResponse(responseCode = "200", description = "the item")
    @APIResponse(responseCode = "404", description = "unknown item")
    public ChecklistItemView get(@PathParam("code") String code) {
        return checklist.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addChecklistItem",
            summary = "Add a checklist item (city)",
            description = "Only the city maintains the catalogue. Adds an item (code, categories, content, hazard "
            + "standard, default severity, hazard type, basis) and answers it with 201 and its Location.")
    @APIResponse(responseCode = "201", description = "the item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChecklistItemView.class)))
    @APIResponse(responseCode = "400", description = "invalid body or category (/problems/validation)")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "only the city maintains the catalogue")
    @APIResponse(responseCode = "409", description = "the code exists (/problems/duplicate)")
    public Response add(@Valid @NotNull ChecklistItemRequest request, @Context UriInfo uri) {
        ChecklistItemView view = extending.add(request);
        return Created.atPath(uri, "/api/v1/checklist-items/" + view.code(), view);
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.CITY)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireChecklistItem",
            summary = "Retire a checklist item (city); past findings keep their snapshot",
            description = "Only the city maintains the catalogue. Retires an item so that no new finding may use it; "
            + "findings already recorded keep their snapshot. Answers the item, retired.")
    @APIResponse(responseCode = "200", description = "the item, retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChecklistItemView.class)))
    @APIResponse(responseCode = "403", description = "only the city maintains the catalogue")
    @APIResponse(responseCode = "404", description = "unknown item")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response retire(@PathParam("code") String code) {
        // POSTs answer a Response so that an Idempotency-Key replay (a Response) fits the signature
        return Response.ok(retiring.retire(code)).build();
    }
}
