package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 问题隐患清单: every listed hazard (verified ones shown as closed), as JSON, CSV or XLSX, streamed ({@link Export}). */
@Path("/api/v1/hazard-list")
@Tag(name = "two lists", description = "两个清单: 问题隐患清单 and 制度措施清单")
@SecurityRequirement(name = "bearer")
@Idempotent
public class HazardListResource {
    @Inject
    ExportingLists exporting;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV, Export.XLSX})
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "exportHazardList", summary = "The problem-and-hazard list (问题隐患清单): JSON array, or CSV / XLSX by Accept, never paged",
            description = "City, or district-admin and inspector for their own district. Answers every listed hazard the caller may see (verified ones shown as closed), filtered as the hazard list, as a JSON array or, by Accept, CSV or XLSX with Chinese headers.")
    @APIResponse(responseCode = "200", description = "the listed hazards: a JSON array of Hazard, or by Accept a CSV "
            + "(UTF-8 with a BOM) or XLSX table with Chinese headers, as an attachment (Content-Disposition)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HazardView.class)),
                    @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "a bad filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "role not allowed or a foreign district", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = "an Accept the list cannot answer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response list(@BeanParam HazardFilter filter, @HeaderParam("Accept") String accept) {
        return exporting.hazardList(filter, Export.format(accept));
    }
}
