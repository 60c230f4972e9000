package cn.gov.sed.hazard.statistics;

import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 隐患分析: statistics and common issues (共性问题), within the caller's district. */
@Path("/api/v1/hazard-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "隐患分析: counts, rectification rate, common issues")
@SecurityRequirement(name = "bearer")
@Idempotent
public class StatisticsResource {
    private static final String DISTRICT = "district code (区划代码); district roles may only name their own";
    private static final String FROM = "found on or after: a date YYYY-MM-DD (from the start of that day in Asia/Shanghai); "
            + "an ISO-8601 date-time with offset is accepted too";
    private static final String TO = "found on or before: a date YYYY-MM-DD (to the end of that day in Asia/Shanghai); "
            + "an ISO-8601 date-time with offset is accepted too (then exclusive)";

    @Inject
    StatisticsService service;

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "getHazardStatistics",
            description = "City, or district-admin and inspector for their own district. Answers one row per group: total, listed, verified and overdue counts, the rectification rate (verified ÷ listed, null when nothing is listed) and the mean days to close.",
            summary = "Hazard statistics grouped by district, equipmentCategory, industry, usageEnvironment, "
            + "hazardType, severity, status or checklistItem (filters district, from, to on foundAt)")
    @APIResponse(responseCode = "400", description = "an unknown groupBy or a bad filter")
    @APIResponse(responseCode = "403", description = "a district outside the caller's scope")
    @APIResponse(responseCode = "200", description = "one row per group, ordered by key (null last)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StatisticsRow.class)))
    public List<StatisticsRow> statistics(
            @QueryParam("groupBy") @Parameter(required = true, description = "what to group by",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"district", "equipmentCategory", "industry",
                            "usageEnvironment", "hazardType", "severity", "status", "checklistItem"})) String groupBy,
            @QueryParam("district") @Parameter(description = DISTRICT, schema = @Schema(type = SchemaType.STRING),
                    example = "120103") String district,
            @QueryParam("from") @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2026-12-31") String to) {
        return service.statistics(groupBy, filter(district, from, to));
    }

    @GET
    @Path("common-issues")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "listCommonIssues", summary = "Checklist items ranked by the number of distinct units where they were found (共性问题)",
            description = "City, or district-admin and inspector for their own district. Answers the top checklist items (default 10, 1–100) with the number of units, hazards and open hazards.")
    @APIResponse(responseCode = "200", description = "the items, the most widespread first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommonIssue.class)))
    @APIResponse(responseCode = "400", description = "top outside 1–100 or a bad filter")
    @APIResponse(responseCode = "403", description = "a district outside the caller's scope")
    public List<CommonIssue> commonIssues(
            @QueryParam("top") @DefaultValue("10") @Parameter(description = "how many items, the most widespread first",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100",
                            defaultValue = "10")) String top,
            @QueryParam("district") @Parameter(description = DISTRICT, schema = @Schema(type = SchemaType.STRING),
                    example = "120103") String district,
            @QueryParam("from") @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2026-12-31") String to) {
        int n;
        try {
            n = Integer.parseInt(top.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of("top", "must be a whole number");
        }
        return service.commonIssues(n, filter(district, from, to));
    }

    private static HazardFilter filter(String district, String from, String to) {
        HazardFilter filter = new HazardFilter();
        filter.district = district;
        filter.from = from;
        filter.to = to;
        return filter;
    }
}
