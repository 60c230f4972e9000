package cn.gov.sed.inspection.equipment;

import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
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
import jakarta.ws.rs.PUT;
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

import java.util.UUID;

@Path("/api/v1/equipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Equipment", description = "特种设备")
@SecurityRequirement(name = "bearer")
public class EquipmentResource {
    @Inject
    RegisteringEquipment registering;
    @Inject
    RevisingEquipment revising;
    @Inject
    FindingEquipment equipment;

    @POST
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "registerEquipment",
            summary = "Register a piece of equipment of a unit",
            description = "Callers with the role city or district-admin, within their scope. Registers a piece of a "
            + "unit's special equipment and answers it with 201 and its Location; an equipment code already "
            + "registered is 409.")
    @APIResponse(responseCode = "201", description = "registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EquipmentView.class)))
    @APIResponse(responseCode = "400", description = "invalid body, category or code, unknown unit (/problems/validation)")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "your role may not register equipment")
    @APIResponse(responseCode = "409", description = "the equipment code is already registered (/problems/duplicate)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EquipmentRequest.class),
            examples = @ExampleObject(name = "passengerLift", summary = "a traction passenger lift of a residential estate",
                    value = "{\"unitId\": \"e1e24d99-2203-4884-9b51-78720c819f43\", \"category\": \"3110\", "
                            + "\"equipmentCode\": \"311012345202100001\", \"registrationNumber\": \"梯11津A00001(21)\", "
                            + "\"usageEnvironment\": \"RESIDENTIAL\", \"location\": \"3号楼2单元\", "
                            + "\"nextInspectionDue\": \"2027-06-30\", \"status\": \"IN_USE\"}")))
    public Response register(@Valid @NotNull EquipmentRequest request, @Context UriInfo uri) {
        EquipmentView view = registering.register(request);
        return Created.at(uri, view.id(), view);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateEquipment",
            summary = "Change a piece of equipment (If-Match optional)",
            description = "Callers with the role city or district-admin, within their scope. Replaces the "
            + "equipment's fields and answers it as changed.")
    @APIResponse(responseCode = "200", description = "the equipment as changed")
    @APIResponse(responseCode = "400", description = "invalid body (/problems/validation)")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "the equipment code is already registered (/problems/duplicate)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public EquipmentView update(@PathParam("id") UUID id, @Valid @NotNull EquipmentRequest request) {
        return revising.revise(id, request);
    }

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "listEquipment",
            summary = "List equipment (scoped); filters unitId, category (with descendants), district,"
            + " usageEnvironment, status, inspectionOverdue",
            description = "Callers with the role city, district-admin, inspector, department or unit. Answers a page "
            + "of the equipment they may see, filtered by unitId, category (with its descendants), district, "
            + "usageEnvironment, status and inspectionOverdue.")
    @APIResponse(responseCode = "200", description = "a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad filter or paging (/problems/validation)")
    @APIResponse(responseCode = "403", description = "a district outside your scope")
    public PageResponse<EquipmentView> list(@BeanParam EquipmentFilter filter, @BeanParam PageParams page) {
        return equipment.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "getEquipment",
            summary = "One piece of equipment",
            description = "Callers with the role city, district-admin, inspector, department or unit, within their "
            + "scope. Answers one piece of equipment with an ETag.")
    @APIResponse(responseCode = "200", description = "the equipment, with ETag")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    public EquipmentView get(@PathParam("id") UUID id) {
        return equipment.get(id);
    }
}
