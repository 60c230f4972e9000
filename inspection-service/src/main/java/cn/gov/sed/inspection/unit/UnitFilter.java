package cn.gov.sed.inspection.unit;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of GET /api/v1/units (text, parsed by the service so a bad value is a 400). */
public class UnitFilter {
    @QueryParam("district")
    @Parameter(description = "district code of data/districts.csv; an unknown one, or one outside your scope, is 400/403",
            schema = @Schema(type = SchemaType.STRING), example = "120101")
    public String district;
    @QueryParam("industry")
    @Parameter(description = "industry code of data/industries.csv",
            schema = @Schema(type = SchemaType.STRING), example = "RESIDENTIAL_PROPERTY")
    public String industry;
    /** USER, PRODUCER or MAINTENANCE. */
    @QueryParam("type")
    @Parameter(description = "units of this type (USER 使用单位, PRODUCER 生产单位, MAINTENANCE 维保单位)",
            schema = @Schema(implementation = UnitType.class))
    public String type;
    /** Part of the name or of the credit code. */
    @QueryParam("q")
    @Parameter(description = "part of the name or of the unified social credit code",
            schema = @Schema(type = SchemaType.STRING), example = "电梯")
    public String q;
    @QueryParam("blacklisted")
    @Parameter(description = "true: only blacklisted units; false: only units in good standing",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String blacklisted;
}
