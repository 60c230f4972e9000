package cn.gov.sed.hazard.rectification;

import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.StoredFile;
import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.UUID;

/** The rectification loop of one hazard: five-point plan, evidence, report, re-inspection. */
@Path("/api/v1/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rectification", description = "整改闭环: 五落实 plan → report → 跟踪复查 → 销号")
@SecurityRequirement(name = "bearer")
@Idempotent
public class RectificationResource {
    @Inject
    PlanningRectifications planning;
    @Inject
    ReportingRectifications reporting;
    @Inject
    VerifyingRectifications verifying;
    @Inject
    AttachingEvidence evidence;

    @PUT
    @Path("{id}/rectification-plan")
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "planRectification", summary = "Set or revise the five-point plan (五落实): LISTED/RECTIFYING → RECTIFYING",
            description = "The hazard's own unit, or a district-admin or inspector of its district on the unit's behalf. All five points are required and the deadline may not be in the past; emits RectificationPlanned and answers the updated hazard.")
    @APIResponse(responseCode = "200", description = "the hazard", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "a point missing, funds negative, deadline in the past")
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "/problems/illegal-transition")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "fivePoints", summary = "the five points of a lift brake rectification",
                    value = "{\"responsiblePerson\": \"张三\", "
                            + "\"measures\": \"更换曳引机制动器闸瓦，调整制动间隙，由维保单位进行制动试验\", "
                            + "\"funds\": \"20000.00\", \"deadline\": \"2027-01-15\", "
                            + "\"contingencyPlan\": \"整改期间停用该电梯，设置警示标志，安排专人值守\"}")))
    public HazardView plan(@PathParam("id") UUID id, @Valid PlanRequest request) {
        return planning.plan(id, request);
    }

    @POST
    @Path("{id}/rectification-report")
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "reportRectification", summary = "Report the rectification done: RECTIFYING → PENDING_VERIFICATION (evidence required for MAJOR)",
            description = "The hazard's own unit, or a district-admin or inspector of its district on the unit's behalf. Evidence refers to attachments of the hazard; emits RectificationSubmitted and answers the updated hazard.")
    @APIResponse(responseCode = "200", description = "the hazard", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "invalid report or evidence")
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "/problems/illegal-transition")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportSubmission.class),
            examples = @ExampleObject(name = "done", summary = "a general hazard's rectification done (a major one "
                    + "needs the ids of its uploaded attachments in evidence)",
                    value = "{\"description\": \"已更换制动器闸瓦并调整制动间隙，维保单位制动试验合格\", "
                            + "\"completedAt\": \"2026-11-29T16:00:00+08:00\", \"evidence\": []}")))
    public Response report(@PathParam("id") UUID id, @Valid ReportSubmission request) {
        // POST answers a Response: an Idempotency-Key replay is one
        return Response.ok(reporting.report(id, request)).build();
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(operationId = "verifyRectification", summary = "Record the re-inspection (跟踪复查): PASSED → VERIFIED (销号), FAILED → RECTIFYING",
            description = "Only an inspector of the hazard's district. PASSED closes the loop (RectificationVerified), FAILED sends it back to RECTIFYING (RectificationRejected, rounds counted); answers the updated hazard.")
    @APIResponse(responseCode = "200", description = "the hazard", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "invalid verification")
    @APIResponse(responseCode = "403", description = "only an inspector of the district")
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "/problems/illegal-transition")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerificationRequest.class),
            examples = {
                    @ExampleObject(name = "passed", summary = "the re-inspection passed: VERIFIED (销号)",
                            value = "{\"result\": \"PASSED\", \"inspector\": \"王五\", "
                                    + "\"comment\": \"制动器闸瓦已更换，制动试验合格\", "
                                    + "\"verifiedAt\": \"2026-11-30T10:00:00+08:00\"}"),
                    @ExampleObject(name = "failed", summary = "the re-inspection failed: back to RECTIFYING",
                            value = "{\"result\": \"FAILED\", \"inspector\": \"王五\", "
                                    + "\"comment\": \"制动间隙仍超出规定范围，需重新调整\", "
                                    + "\"verifiedAt\": \"2026-11-30T10:00:00+08:00\"}")}))
    public Response verify(@PathParam("id") UUID id, @Valid VerificationRequest request) {
        return Response.ok(verifying.verify(id, request)).build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "uploadHazardAttachment", summary = "Upload evidence (JPEG, PNG, HEIC or PDF, ≤ 10 MB)",
            description = "The hazard's own unit, or a district-admin or inspector of its district. The file goes in the multipart part named file; answers 201 with {id, contentType, size, sha256}, the id to cite as evidence in a rectification report.")
    @APIResponse(responseCode = "201", description = "{id, contentType, size, sha256}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileInfo.class)))
    @APIResponse(responseCode = "400", description = "type or size not accepted")
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    public Response attach(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @Context UriInfo uri) {
        FileInfo info = evidence.attach(id, file);
        return Created.at(uri, info.id(), info);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.UNIT, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.CITY})
    @Operation(operationId = "getHazardAttachment", summary = "Download an attachment of the hazard",
            description = "The hazard's own unit, district roles of its district, or city. Answers the file as uploaded, with its Content-Type, Content-Length and X-Content-SHA256.")
    @APIResponse(responseCode = "200", description = "the file as uploaded, with its Content-Type",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = {
                    @Header(name = "Content-Length", description = "the file's size in bytes",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                    @Header(name = "X-Content-SHA256", description = "SHA-256 of the file, hex",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        StoredFile file = evidence.attachment(id, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Length", file.size())
                .header("X-Content-SHA256", file.sha256()).build();
    }
}
