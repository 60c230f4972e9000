package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Reading enforcement actions; they are taken on a unit (see UnitResource). */
@Path("/api/v1/enforcement-actions")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Enforcement", description = "处罚、约谈、曝光、黑名单、信用修复")
@SecurityRequirement(name = "bearer")
public class EnforcementResource {
    @Inject
    EnforcementQueries enforcement;

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "listEnforcementActions",
            summary = "List enforcement actions (scoped); filters district, unitId, type, from, to (on takenAt)",
            description = "Callers with the role city, district-admin, inspector, department or unit. Answers a page "
            + "of the enforcement actions within their scope (a district's roles: their district; a unit: its "
            + "own), filtered by district, unitId, type and takenAt between from and to.")
    @APIResponse(responseCode = "200", description = "a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad filter or paging (/problems/validation)")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "a district outside your scope")
    public PageResponse<EnforcementActionView> list(@BeanParam EnforcementFilter filter, @BeanParam PageParams page) {
        return enforcement.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.DEPARTMENT, Roles.UNIT})
    @Operation(operationId = "getEnforcementAction",
            summary = "One enforcement action",
            description = "Callers with the role city, district-admin, inspector, department or unit. Answers one "
            + "enforcement action within their scope; one outside it is 404.")
    @APIResponse(responseCode = "200", description = "the action")
    @APIResponse(responseCode = "404", description = "unknown or outside your scope (/problems/not-found)")
    public EnforcementActionView get(@PathParam("id") UUID id) {
        return enforcement.get(id);
    }
}
