package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.vocabulary.EnforcementType;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of GET /api/v1/enforcement-actions; {@code from}/{@code to} apply to {@code takenAt}. */
public class EnforcementFilter {
    @QueryParam("district")
    @Parameter(description = "district code of data/districts.csv; an unknown one, or one outside your scope, is 400/403",
            schema = @Schema(type = SchemaType.STRING), example = "120101")
    public String district;
    @QueryParam("unitId")
    @Parameter(description = "the actions against this unit", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String unitId;
    @QueryParam("type")
    @Parameter(description = "the kind of action", schema = @Schema(implementation = EnforcementType.class))
    public String type;
    /** An instant with offset, or a date (from its start, Asia/Shanghai). */
    @QueryParam("from")
    @Parameter(description = "taken at or after: a date YYYY-MM-DD (from the start of that day in Asia/Shanghai); an "
            + "ISO-8601 date-time with offset is accepted too", schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2025-05-01")
    public String from;
    /** An instant with offset, or a date (to its end, Asia/Shanghai). */
    @QueryParam("to")
    @Parameter(description = "taken at or before: a date YYYY-MM-DD (to the end of that day in Asia/Shanghai); an "
            + "ISO-8601 date-time with offset is accepted too", schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2025-05-31")
    public String to;
}
