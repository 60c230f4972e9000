package cn.gov.sed.inspection.inspection;

import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.StoredFile;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.UUID;

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Inspections", description = "监督检查：四不两直、暗查暗访、突击检查、联合检查")
@SecurityRequirement(name = "bearer")
public class InspectionResource {
    @Inject
    PlanningInspections planning;
    @Inject
    StartingInspections starting;
    @Inject
    RecordingFindings recording;
    @Inject
    CompletingInspections completing;
    @Inject
    InspectionQueries inspections;

    @POST
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "planInspection",
            summary = "Plan an inspection of a unit (→ PLANNED)",
            description = "Callers with the role city (any district), district-admin or inspector (their district). "
            + "Plans an inspection of a unit with at least two inspectors (JOINT: at least one department) and "
            + "answers it, PLANNED, with 201 and its Location.")
    @APIResponse(responseCode = "201", description = "planned; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "invalid body, fewer than two inspectors, JOINT without a"
            + " department, unknown codes, or a unit not in the district (/problems/validation)")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "your role may not, or a district outside your scope")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionRequest.class),
            examples = @ExampleObject(name = "joint", summary = "a joint inspection with the housing authority",
                    value = "{\"district\": \"120101\", \"unitId\": \"e1e24d99-2203-4884-9b51-78720c819f43\", "
                            + "\"method\": \"JOINT\", \"inspectors\": [{\"name\": \"张三\", \"certificateNo\": "
                            + "\"津执12010100001\"}, {\"name\": \"李四\", \"certificateNo\": \"津执12010100002\"}], "
                            + "\"departments\": [\"HOUSING\"], \"plannedAt\": \"2025-06-10T09:00:00+08:00\"}")))
    public Response plan(@Valid @NotNull InspectionRequest request, @Context UriInfo uri) {
        InspectionView view = planning.plan(request);
        return Created.at(uri, view.id(), view);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "startInspection",
            summary = "Start the inspection on site (→ IN_PROGRESS)",
            description = "Callers with the role city, district-admin or inspector, within their scope. Moves a "
            + "PLANNED inspection to IN_PROGRESS and answers the whole inspection.")
    @APIResponse(responseCode = "200", description = "the inspection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "invalid body (/problems/validation)")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "not PLANNED (/problems/illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartRequest.class),
            examples = @ExampleObject(name = "onSite", summary = "the inspectors arrive at the lift machine room",
                    value = "{\"startedAt\": \"2025-06-10T09:30:00+08:00\", "
                            + "\"location\": \"天津市和平区南京路1号 3号楼电梯机房\"}")))
    public Response start(@PathParam("id") UUID id, @Valid @NotNull StartRequest request) {
        // POSTs answer a Response so that an Idempotency-Key replay (a Response) fits the signature
        return Response.ok(starting.start(id, request)).build();
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "uploadInspectionPhoto",
            summary = "Upload a photo (JPEG, PNG, HEIC; ≤ 10 MB) in the part 'file'",
            description = "Callers with the role city, district-admin or inspector, within their scope, while the "
            + "inspection is IN_PROGRESS. Stores the photo in the multipart part `file` and answers {id, "
            + "contentType, size, sha256} with 201.")
    @APIResponse(responseCode = "201", description = "{id, contentType, size, sha256}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileInfo.class)))
    @APIResponse(responseCode = "400", description = "no file, a type or size outside the limits (/problems/validation)")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "not IN_PROGRESS (/problems/illegal-transition)")
    @APIResponse(responseCode = "413", description = "the request is too large")
    public Response addPhoto(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @Context UriInfo uri) {
        FileInfo info = recording.addPhoto(id, file);
        return Created.at(uri, info.id(), info);
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/heic", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "getInspectionPhoto",
            summary = "A photo of the inspection",
            description = "Callers with the role city, district-admin or inspector, within their scope. Answers the "
            + "stored image with its content type and an ETag of its SHA-256.")
    @APIResponse(responseCode = "200", description = "the image, in the type it was uploaded as",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        StoredFile file = inspections.photo(id, photoId);
        return Response.ok(file.content(), file.contentType())
                .header("ETag", "\"" + file.sha256() + "\"")
                .header("Content-Length", file.size()).build();
    }

    @POST
    @Path("/{id}/findings")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "recordFinding",
            summary = "Record a finding on a piece of the unit's equipment against a checklist item",
            description = "Callers with the role city, district-admin or inspector, within their scope, while the "
            + "inspection is IN_PROGRESS. Records a finding on equipment of the inspected unit against a checklist "
            + "item and answers it with 201, carrying a snapshot of the item.")
    @APIResponse(responseCode = "201", description = "the finding, with a snapshot of the item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "400", description = "invalid body, equipment not of the unit, item unknown, retired"
            + " or not for the category, severity changed without a reason, unknown photo (/problems/validation)")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "not IN_PROGRESS (/problems/illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FindingRequest.class),
            examples = @ExampleObject(name = "doorLockBypassed", summary = "a lift door-lock circuit found bypassed",
                    value = "{\"equipmentId\": \"5b7d2c1e-4a3f-4e8b-9c0d-1f2e3a4b5c6d\", \"checklistItemCode\": \"E01\", "
                            + "\"description\": \"3号电梯层门门锁回路被短接，电梯仍在运行\", \"severity\": \"MAJOR\", "
                            + "\"hazardType\": \"EQUIPMENT_CONDITION\", "
                            + "\"photoIds\": [\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"]}")))
    public Response addFinding(@PathParam("id") UUID id, @Valid @NotNull FindingRequest request,
                               @Context UriInfo uri) {
        FindingView view = recording.addFinding(id, request);
        return Created.at(uri, view.id(), view);
    }

    @GET
    @Path("/{id}/findings/{findingId}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.UNIT})
    @Operation(operationId = "getInspectionFinding",
            summary = "One finding",
            description = "Callers with the role city, district-admin, inspector (their scope) or unit (its own "
            + "inspections once started). Answers one finding of the inspection.")
    @APIResponse(responseCode = "200", description = "the finding")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    public FindingView finding(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId) {
        return inspections.finding(id, findingId);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "completeInspection",
            summary = "Complete the inspection (→ COMPLETED); emits one HazardFound per finding and"
            + " InspectionCompleted",
            description = "Callers with the role city, district-admin or inspector, within their scope. Moves an "
            + "IN_PROGRESS inspection to COMPLETED, emitting one HazardFound per finding and one "
            + "InspectionCompleted in the same transaction, and answers the whole inspection.")
    @APIResponse(responseCode = "200", description = "the inspection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "not IN_PROGRESS (/problems/illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response complete(@PathParam("id") UUID id) {
        return Response.ok(completing.complete(id)).build();
    }

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.UNIT})
    @Operation(operationId = "listInspections",
            summary = "List inspections (scoped); filters district, unitId, status, method, from, to (on plannedAt)",
            description = "Callers with the role city, district-admin, inspector or unit. Answers a page of the "
            + "inspections they may see (a unit sees its own only once started), filtered by district, unitId, "
            + "status, method and plannedAt between from and to.")
    @APIResponse(responseCode = "200", description = "a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad filter or paging (/problems/validation)")
    @APIResponse(responseCode = "403", description = "a district outside your scope")
    public PageResponse<InspectionView> list(@BeanParam InspectionFilter filter, @BeanParam PageParams page) {
        return inspections.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.UNIT})
    @Operation(operationId = "getInspection",
            summary = "One inspection with its findings",
            description = "Callers with the role city, district-admin, inspector or unit, within their scope (a "
            + "unit: its own inspections once started). Answers the inspection with its findings and an ETag.")
    @APIResponse(responseCode = "200", description = "the inspection, with ETag")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    public InspectionView get(@PathParam("id") UUID id) {
        return inspections.get(id);
    }

    @GET
    @Path("/{id}/instruction.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.UNIT})
    @Operation(operationId = "getInstructionDocument",
            summary = "特种设备安全监察指令书 of a completed inspection (PDF)",
            description = "Callers with the role city, district-admin, inspector or unit, within their scope. "
            + "Answers the 特种设备安全监察指令书 of a completed inspection as a PDF: document number, unit, officers and "
            + "certificates, each finding with its standard and the time limit.")
    @APIResponse(responseCode = "200", description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "the inspection is not completed (/problems/illegal-transition)")
    public Response instruction(@PathParam("id") UUID id) {
        byte[] pdf = InstructionDocument.render(inspections.instruction(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"instruction-" + id + ".pdf\"").build();
    }
}
