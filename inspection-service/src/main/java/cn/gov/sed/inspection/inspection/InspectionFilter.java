package cn.gov.sed.inspection.inspection;

import jakarta.ws.rs.QueryParam;

/** The filters of GET /api/v1/inspections; {@code from}/{@code to} apply to {@code plannedAt}. */
public class InspectionFilter {
    @QueryParam("district")
    public String district;
    @QueryParam("unitId")
    public String unitId;
    @QueryParam("status")
    public String status;
    @QueryParam("method")
    public String method;
    /** An instant with offset, or a date (from its start, Asia/Shanghai). */
    @QueryParam("from")
    public String from;
    /** An instant with offset, or a date (to its end, Asia/Shanghai). */
    @QueryParam("to")
    public String to;
}
