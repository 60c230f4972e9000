package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the measures list: district (or "city" for the city-wide ones), kind, status. */
public class MeasureFilter {
    @QueryParam("district")
    @Parameter(description = "a district code, or city for the city-wide measures; a district bureau may only name its own",
            schema = @Schema(type = SchemaType.STRING), example = "120103")
    public String district;
    @QueryParam("kind")
    @Parameter(description = "SYSTEM 制度 or MEASURE 措施", schema = @Schema(implementation = MeasureKind.class))
    public String kind;
    @QueryParam("status")
    @Parameter(description = "where the measure stands", schema = @Schema(implementation = MeasureStatus.class))
    public String status;

    public Where toWhere(Caller caller) {
        QueryParams q = new QueryParams();
        Where where = scope(caller, new Where());
        MeasureKind k = q.enumOf(MeasureKind.class, kind, "kind");
        MeasureStatus s = q.enumOf(MeasureStatus.class, status, "status");
        String d = q.text(district);
        if (d != null && !d.equals("city") && !ReferenceData.get().districts().contains(d)) {
            q.add("district", "unknown district code (or 'city')");
        }
        q.throwIfAny();
        if ("city".equals(d)) {
            where.raw("{district} IS NULL");
        } else if (d != null) {
            if (!caller.isCity() && !d.equals(caller.district())) {
                throw ProblemException.forbidden("district " + d + " is outside your scope");
            }
            where.eq("district", d);
        }
        return where.eq("kind", k).eq("status", s);
    }

    /** The city sees every measure; a district bureau its district's and the city-wide ones. */
    static Where scope(Caller caller, Where where) {
        if (caller.isCity()) {
            return where;
        }
        if (caller.district() == null) {
            return where.raw("{district} IS NULL"); // no district claim: the city-wide measures only
        }
        return where.raw("({district} IS NULL OR {district} = ?)", caller.district());
    }
}
