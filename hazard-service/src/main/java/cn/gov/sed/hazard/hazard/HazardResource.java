package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.CursorPageParams;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.UUID;

/** Hazards: reports by departments, classification, and the scoped list. */
@Path("/api/v1/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hazards", description = "隐患: registered from inspections, reported by departments, classified")
@SecurityRequirement(name = "bearer")
@Idempotent
public class HazardResource {
    @Inject
    HazardQueries queries;
    @Inject
    ReportingHazards reporting;
    @Inject
    ClassifyingHazards classifying;
    @Inject
    ImportingReports importer;

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "listHazards", summary = "List the hazards the caller may see (paged, filtered)",
            description = "Any role, scoped: city sees every district, district roles their own district, a department the hazards it reported, a unit its own hazards. Filters district, status, severity, hazardType, equipmentCategory, industry, usageEnvironment, unitUscc, listed, overdue, from and to (on foundAt); answers a page of full hazards (HazardPage), or with view=summary a page of summaries (HazardSummaryPage), which is what lists should ask for. Pages by number (page) or, fast at any depth, by cursor: each page's next, passed as after, continues in the same order under the same filters. total is exact up to 10,000 matching hazards, beyond that PostgreSQL's estimate with totalIsEstimate true.")
    @APIResponse(responseCode = "200", description = "a HazardPage of full hazards, or with view=summary a HazardSummaryPage "
            + "(the same paging members; an empty page is both)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {HazardPages.Full.class, HazardPages.Summary.class})))
    @APIResponse(responseCode = "400", description = "a bad filter, view or page; an after that is not a cursor of this list with this order and these filters, or page and after together")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "a district filter outside the caller's scope")
    public PageResponse<?> list(@BeanParam HazardFilter filter, @BeanParam CursorPageParams page,
                                @QueryParam("view") @Parameter(description = "full (default): each item a whole Hazard "
                                        + "with its nested records; summary: each item a HazardSummary, without them",
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "summary"},
                                                defaultValue = "full")) String view) {
        String v = view == null || view.isBlank() ? "full" : view.trim();
        return switch (v) {
            case "full" -> queries.list(filter, page);
            case "summary" -> queries.listSummaries(filter, page);
            default -> throw cn.gov.sed.platform.problem.ValidationException.of("view", "must be full or summary");
        };
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "getHazard", summary = "One hazard with its plan, reports, verifications, enforcement actions and history",
            description = "Any role, within its scope (a hazard outside it is 404). Answers the whole hazard with its history, plan, reports, verifications and enforcement actions; the ETag carries its version for a later If-Match.")
    @APIResponse(responseCode = "200", description = "the hazard; ETag carries its version",
            content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    public HazardView get(@PathParam("id") UUID id) {
        return queries.get(id);
    }

    @POST
    @RolesAllowed({Roles.DEPARTMENT, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "reportHazard", summary = "Report a hazard (部门移交): REPORTED, awaiting classification",
            description = "Department, district-admin or inspector (district roles in their own district). Creates a hazard REPORTED, awaiting classification; a department's reportingDepartment is taken from its token. Answers 201 with the hazard and its Location.")
    @APIResponse(responseCode = "201", description = "the reported hazard",
            content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "invalid report")
    @APIResponse(responseCode = "403", description = "role not allowed, or a district outside the caller's scope")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportRequest.class),
            examples = @ExampleObject(name = "elevatorBrake", summary = "a department's report of a lift brake hazard",
                    value = "{\"district\": \"120103\", \"unitUscc\": \"91120101MA05K3XQ1F\", "
                            + "\"unitName\": \"天津市某某电梯有限公司\", \"equipmentCategory\": \"3110\", "
                            + "\"equipmentCode\": \"311012345202600001\", "
                            + "\"description\": \"曳引机制动器闸瓦磨损超标，制动力矩不足\", "
                            + "\"foundAt\": \"2026-11-28T09:30:00+08:00\"}")))
    public Response report(@Valid ReportRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw cn.gov.sed.platform.problem.ValidationException.of("body", "is required");
        }
        HazardView view = reporting.report(request);
        return Created.at(uri, view.id(), view);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DEPARTMENT, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "importHazardReports", summary = "Import reports from CSV or XLSX (up to 10,000 rows): valid rows are created, invalid ones reported",
            description = "Department, district-admin or inspector. Each valid row becomes a REPORTED hazard as if reported one by one; answers the totals and a per-row result (CREATED with the hazard id, or REJECTED with its errors).")
    @APIResponse(responseCode = "200", description = "{total, created, rejected, rows: [{row, status CREATED|REJECTED, hazardId, errors}]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportingReports.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "the file is missing, unreadable or has too many rows")
    public Response importReports(@RestForm("file") FileUpload file) {
        // a Response (not the record): an Idempotency-Key replay answers with a Response too
        return Response.ok(importer.importFile(file)).build();
    }

    @POST
    @Path("{id}/classification")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "classifyHazard", summary = "Classify a reported hazard (甄别): listed/recorded by severity, or removed (剔除) with the reason",
            description = "District-admin or inspector of the hazard's district. A special-equipment hazard becomes LISTED or RECORDED by severity (HazardRegistered), any other REMOVED with the reason (HazardRemoved); answers the updated hazard.")
    @APIResponse(responseCode = "200", description = "the hazard", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "invalid classification")
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "/problems/illegal-transition: not REPORTED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassificationRequest.class),
            examples = {
                    @ExampleObject(name = "listed", summary = "a special-equipment hazard, general: LISTED",
                            value = "{\"specialEquipmentHazard\": true, \"severity\": \"GENERAL\", "
                                    + "\"hazardType\": \"EQUIPMENT_CONDITION\", "
                                    + "\"reason\": \"制动器闸瓦磨损超过制造单位规定值，属一般隐患\"}"),
                    @ExampleObject(name = "removed", summary = "not a special-equipment hazard: REMOVED",
                            value = "{\"specialEquipmentHazard\": false, "
                                    + "\"reason\": \"该设备为建筑施工升降机，不属于本部门监管的特种设备\"}")}))
    public Response classify(@PathParam("id") UUID id, @Valid ClassificationRequest request) {
        return Response.ok(classifying.classify(id, request)).build();
    }
}
