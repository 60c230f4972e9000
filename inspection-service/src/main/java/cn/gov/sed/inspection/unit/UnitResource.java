package cn.gov.sed.inspection.unit;

import cn.gov.sed.inspection.enforcement.CreditRepairRequest;
import cn.gov.sed.inspection.enforcement.EnforcementActionView;
import cn.gov.sed.inspection.enforcement.EnforcementRequest;
import cn.gov.sed.inspection.enforcement.RepairingCredit;
import cn.gov.sed.inspection.enforcement.TakingEnforcementActions;
import cn.gov.sed.inspection.equipment.EquipmentImportReport;
import cn.gov.sed.inspection.equipment.ImportingEquipment;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.UUID;

/** Units (单位), and what is done to one unit: its equipment import and enforcement against it. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Units", description = "使用单位、生产单位、维保单位")
@SecurityRequirement(name = "bearer")
public class UnitResource {
    @Inject
    RegisteringUnits registering;
    @Inject
    RevisingUnits revising;
    @Inject
    FindingUnits units;
    @Inject
    ImportingEquipment imports;
    @Inject
    TakingEnforcementActions enforcement;
    @Inject
    RepairingCredit creditRepair;

    @POST
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "registerUnit",
            summary = "Register a unit",
            description = "Callers with the role city or district-admin (their district). Registers a unit under its "
            + "unified social credit code (uscc) and answers it with 201 and its Location; an existing uscc is 409.")
    @APIResponse(responseCode = "201", description = "registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "invalid body, credit code or codes (/problems/validation)")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "your role may not, or a district outside your scope")
    @APIResponse(responseCode = "409", description = "a unit with this credit code exists (/problems/duplicate)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitRequest.class),
            examples = @ExampleObject(name = "elevatorUser", summary = "a residential property company using lifts",
                    value = "{\"uscc\": \"91120101MA05K3XQ1F\", \"name\": \"天津市和平区某某物业管理有限公司\", "
                            + "\"types\": [\"USER\"], \"district\": \"120101\", \"industry\": \"RESIDENTIAL_PROPERTY\", "
                            + "\"address\": \"天津市和平区南京路1号\", \"contactName\": \"张三\", "
                            + "\"contactPhone\": \"022-23456789\"}")))
    public Response register(@Valid @NotNull UnitRequest request, @Context UriInfo uri) {
        UnitView view = registering.register(request);
        return Created.at(uri, view.id(), view);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateUnit",
            summary = "Change a unit (If-Match optional)",
            description = "Callers with the role city or district-admin, within their scope. Replaces the unit's "
            + "fields and answers the unit as changed; another unit with the same uscc is 409.")
    @APIResponse(responseCode = "200", description = "the unit as changed")
    @APIResponse(responseCode = "400", description = "invalid body (/problems/validation)")
    @APIResponse(responseCode = "403", description = "a district outside your scope")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    @APIResponse(responseCode = "409", description = "another unit has this credit code (/problems/duplicate)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public UnitView update(@PathParam("id") UUID id, @Valid @NotNull UnitRequest request) {
        return revising.revise(id, request);
    }

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "listUnits",
            summary = "List units (scoped); filters district, industry, type, q (name or credit code), blacklisted",
            description = "Callers with the role city, district-admin, inspector, department or unit. Answers a page "
            + "of the units they may see, filtered by district, industry, type, q (name or credit code) and "
            + "blacklisted.")
    @APIResponse(responseCode = "200", description = "a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad filter or paging (/problems/validation)")
    @APIResponse(responseCode = "403", description = "a district outside your scope")
    public PageResponse<UnitView> list(@BeanParam UnitFilter filter, @BeanParam PageParams page) {
        return units.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "getUnit",
            summary = "One unit, with its enforcement actions",
            description = "Callers with the role city, district-admin, inspector, department or unit, within their "
            + "scope. Answers the unit with its blacklisted flag, its enforcement actions and an ETag.")
    @APIResponse(responseCode = "200", description = "the unit, with ETag")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope")
    public UnitView get(@PathParam("id") UUID id) {
        return units.get(id);
    }

    @POST
    @Path("/{id}/equipment-import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Tag(name = "Equipment")
    @Operation(operationId = "importEquipment",
            summary = "Import the unit's equipment from CSV (UTF-8) or XLSX: all rows or none",
            description = "Callers with the role city or district-admin, within their scope. Imports the unit's "
            + "equipment from the multipart part `file`: all rows or none, answering a per-row report. Columns: "
            + "category, equipmentCode, registrationNumber, usageEnvironment, location, nextInspectionDue, status. "
            + "Rows are numbered as in the file (the header is row 1).")
    @APIResponse(responseCode = "200", description = "all rows imported: {total, imported, failed, rows}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EquipmentImportReport.class)))
    @APIResponse(responseCode = "400", description = "a row is wrong: nothing imported; the problem carries the"
            + " row report (/problems/validation)")
    @APIResponse(responseCode = "404", description = "unknown unit or outside your scope")
    public Response importEquipment(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        // POSTs answer a Response so that an Idempotency-Key replay (a Response) fits the signature
        return Response.ok(imports.importFor(id, file)).build();
    }

    @POST
    @Path("/{id}/enforcement-actions")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Tag(name = "Enforcement")
    @Operation(operationId = "takeEnforcementAction",
            summary = "Take an enforcement action against a unit of your district (处罚、约谈、曝光、黑名单)",
            description = "Only the district-admin of the unit's district. Takes a PENALTY, INTERVIEW, EXPOSURE or "
            + "BLACKLIST action against the unit (BLACKLIST needs the decision number of a PENALTY of this unit), "
            + "emits EnforcementActionTaken and answers the action with 201 and its Location.")
    @APIResponse(responseCode = "201", description = "the action; emits EnforcementActionTaken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnforcementActionView.class)))
    @APIResponse(responseCode = "400", description = "invalid body; BLACKLIST without a PENALTY decision number"
            + " of this unit (/problems/validation)")
    @APIResponse(responseCode = "403", description = "only the district-admin of the unit's district")
    @APIResponse(responseCode = "404", description = "unknown unit or outside your scope")
    @APIResponse(responseCode = "409", description = "BLACKLIST of a blacklisted unit (/problems/illegal-transition)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnforcementRequest.class),
            examples = {
                    @ExampleObject(name = "penalty", summary = "a fine for using a lift past its periodic inspection",
                            value = "{\"type\": \"PENALTY\", \"reason\": \"使用未经定期检验的电梯，经责令改正逾期未改正\", "
                                    + "\"legalBasis\": \"《中华人民共和国特种设备安全法》第八十四条\", \"amount\": \"30000.00\", "
                                    + "\"decisionNumber\": \"津和市监罚〔2025〕12号\", "
                                    + "\"hazardIds\": [\"3f1c9a5e-8d0b-4c53-9a57-2b9e6f0d1a42\"]}"),
                    @ExampleObject(name = "blacklist", summary = "blacklisting, on the decision of an earlier penalty",
                            value = "{\"type\": \"BLACKLIST\", \"reason\": \"拒不整改重大事故隐患，情节严重\", "
                                    + "\"legalBasis\": \"《市场监督管理严重违法失信名单管理办法》第九条\", "
                                    + "\"decisionNumber\": \"津和市监罚〔2025〕12号\"}")}))
    public Response takeAction(@PathParam("id") UUID id, @Valid @NotNull EnforcementRequest request,
                               @Context UriInfo uri) {
        EnforcementActionView view = enforcement.take(id, request);
        return Created.atPath(uri, "/api/v1/enforcement-actions/" + view.id(), view);
    }

    @POST
    @Path("/{id}/credit-repair")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Tag(name = "Enforcement")
    @Operation(operationId = "repairCredit",
            summary = "Lift the blacklist (信用修复); emits EnforcementActionTaken BLACKLIST_LIFTED",
            description = "Only the district-admin of the unit's district. Lifts the blacklist of a blacklisted unit "
            + "(信用修复), emits EnforcementActionTaken with type BLACKLIST_LIFTED and answers the unit.")
    @APIResponse(responseCode = "200", description = "the unit, no longer blacklisted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "invalid body (/problems/validation)")
    @APIResponse(responseCode = "404", description = "unknown unit or outside your scope")
    @APIResponse(responseCode = "409", description = "the unit is not blacklisted (/problems/illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response repairCredit(@PathParam("id") UUID id, @Valid @NotNull CreditRepairRequest request) {
        return Response.ok(creditRepair.repairCredit(id, request)).build();
    }
}
