package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of GET /api/v1/inspections; {@code from}/{@code to} apply to {@code plannedAt}. */
public class InspectionFilter {
    @QueryParam("district")
    @Parameter(description = "district code of data/districts.csv; an unknown one, or one outside your scope, is 400/403",
            schema = @Schema(type = SchemaType.STRING), example = "120101")
    public String district;
    @QueryParam("unitId")
    @Parameter(description = "the inspections of this unit", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String unitId;
    @QueryParam("status")
    @Parameter(description = "PLANNED 计划中, IN_PROGRESS 检查中, COMPLETED 已完成",
            schema = @Schema(implementation = InspectionStatus.class))
    public String status;
    @QueryParam("method")
    @Parameter(description = "how the inspection is made", schema = @Schema(implementation = InspectionMethod.class))
    public String method;
    /** An instant with offset, or a date (from its start, Asia/Shanghai). */
    @QueryParam("from")
    @Parameter(description = "planned at or after: a date YYYY-MM-DD (from the start of that day in Asia/Shanghai); an "
            + "ISO-8601 date-time with offset is accepted too", schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2025-05-01")
    public String from;
    /** An instant with offset, or a date (to its end, Asia/Shanghai). */
    @QueryParam("to")
    @Parameter(description = "planned at or before: a date YYYY-MM-DD (to the end of that day in Asia/Shanghai); an "
            + "ISO-8601 date-time with offset is accepted too", schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2025-05-31")
    public String to;
}
