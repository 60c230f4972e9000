package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/** Offline publicity activities of the district bureaus: thin, {@link RecordingOutreach} does the work. */
@Path("/api/v1/outreach-activities")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "publicity",
        description = "宣传: work updates, safety knowledge, warning exposures; reviewed before publication")
@SecurityRequirement(name = "bearer")
public class OutreachResource {
    private static final Map<String, String> SORTABLE = Map.of("date", "date", "createdAt", "createdAt");

    @Inject
    RecordingOutreach outreach;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "recordOutreachActivity", summary = "Record an offline activity of the caller's district",
            description = "District bureaus (district-admin) only, for their own district (the default when none is"
                    + " given; another district is 403). Answers the recorded activity.")
    @APIResponse(responseCode = "201", description = "the recorded activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutreachView.class)))
    @APIResponse(responseCode = "400", description = "validation problem")
    @APIResponse(responseCode = "403", description = "another district")
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OutreachRequest.class),
            examples = @ExampleObject(name = "safetyMonthAtASchool", summary = "安全生产月：电梯安全进校园",
                    value = "{\"campaign\": \"SAFETY_MONTH\", \"target\": \"SCHOOL\", \"date\": \"2026-06-16\","
                            + " \"district\": \"120103\", \"participants\": 120,"
                            + " \"description\": \"在天津市河西区某某小学开展电梯安全乘梯知识进校园活动，发放宣传册300份\"}")))
                           @Valid @NotNull OutreachRequest request) {
        OutreachView view = outreach.record(request);
        return Created.at(uriInfo, view.id(), view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "getOutreachActivity", summary = "One offline activity (where a record's Location points)",
            description = "The city (any district) or a district bureau (its own district). An activity of another"
                    + " district is 404.")
    @APIResponse(responseCode = "200", description = "the activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachView.class)))
    @APIResponse(responseCode = "404", description = "no such activity in the caller's scope")
    public OutreachView get(@PathParam("id") UUID id) {
        return outreach.get(id);
    }

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "listOutreachActivities",
            summary = "Offline activities (a district bureau sees its own; the city all), latest first",
            description = "The city (all districts) or a district bureau (district-admin, its own district). Answers"
                    + " a page {items, page, size, total} of offline publicity activities, latest date first.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public PageResponse<OutreachView> list(@BeanParam PageParams page) {
        return outreach.list(PageRequest.of(page, SORTABLE, "-date"));
    }
}
