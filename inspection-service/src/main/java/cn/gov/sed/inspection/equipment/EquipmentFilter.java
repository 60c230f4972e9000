package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of GET /api/v1/equipment (text, parsed by the service so a bad value is a 400). */
public class EquipmentFilter {
    @QueryParam("unitId")
    @Parameter(description = "the equipment of this unit", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String unitId;
    /** A catalogue code; its descendants are included. */
    @QueryParam("category")
    @Parameter(description = "a code of the equipment catalogue; its descendants are included (3000: every lift)",
            schema = @Schema(type = SchemaType.STRING), example = "3000")
    public String category;
    @QueryParam("district")
    @Parameter(description = "district code of data/districts.csv; an unknown one, or one outside your scope, is 400/403",
            schema = @Schema(type = SchemaType.STRING), example = "120101")
    public String district;
    @QueryParam("usageEnvironment")
    @Parameter(description = "where the equipment is used", schema = @Schema(implementation = UsageEnvironment.class))
    public String usageEnvironment;
    @QueryParam("status")
    @Parameter(description = "IN_USE 在用, STOPPED 停用, SCRAPPED 报废", schema = @Schema(implementation = EquipmentStatus.class))
    public String status;
    /** true: the next inspection was due before today (Asia/Shanghai); false: it was not. */
    @QueryParam("inspectionOverdue")
    @Parameter(description = "true: the next inspection was due before today (Asia/Shanghai); false: it was not (or no"
            + " date is known)", schema = @Schema(type = SchemaType.BOOLEAN))
    public String inspectionOverdue;
}
