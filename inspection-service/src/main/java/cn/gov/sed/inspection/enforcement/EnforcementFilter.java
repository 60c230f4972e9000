package cn.gov.sed.inspection.enforcement;

import jakarta.ws.rs.QueryParam;

/** The filters of GET /api/v1/enforcement-actions; {@code from}/{@code to} apply to {@code takenAt}. */
public class EnforcementFilter {
    @QueryParam("district")
    public String district;
    @QueryParam("unitId")
    public String unitId;
    @QueryParam("type")
    public String type;
    /** An instant with offset, or a date (from its start, Asia/Shanghai). */
    @QueryParam("from")
    public String from;
    /** An instant with offset, or a date (to its end, Asia/Shanghai). */
    @QueryParam("to")
    public String to;
}
