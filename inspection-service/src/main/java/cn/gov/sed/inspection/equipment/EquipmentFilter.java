package cn.gov.sed.inspection.equipment;

import jakarta.ws.rs.QueryParam;

/** The filters of GET /api/v1/equipment (text, parsed by the service so a bad value is a 400). */
public class EquipmentFilter {
    @QueryParam("unitId")
    public String unitId;
    /** A catalogue code; its descendants are included. */
    @QueryParam("category")
    public String category;
    @QueryParam("district")
    public String district;
    @QueryParam("usageEnvironment")
    public String usageEnvironment;
    @QueryParam("status")
    public String status;
    /** true: the next inspection was due before today (Asia/Shanghai); false: it was not. */
    @QueryParam("inspectionOverdue")
    public String inspectionOverdue;
}
