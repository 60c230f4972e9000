package cn.gov.sed.inspection.unit;

import jakarta.ws.rs.QueryParam;

/** The filters of GET /api/v1/units (text, parsed by the service so a bad value is a 400). */
public class UnitFilter {
    @QueryParam("district")
    public String district;
    @QueryParam("industry")
    public String industry;
    /** USER, PRODUCER or MAINTENANCE. */
    @QueryParam("type")
    public String type;
    /** Part of the name or of the credit code. */
    @QueryParam("q")
    public String q;
    @QueryParam("blacklisted")
    public String blacklisted;
}
